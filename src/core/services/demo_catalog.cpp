#include "services/demo_catalog.h"

namespace fd::core::demo {

const std::vector<ChannelProfile>& channelProfiles() {
    static const std::vector<ChannelProfile> channels{
        {"Яндекс Директ",
         0.28,
         0.78,
         0.34,
         0.08,
         0.62,
         0.78,
         1900,
         0.035,
         0.03,
         {{"Поиск — банкротство физлиц", "yandex", "cpc", "bankrotstvo_poisk", 0.6},
          {"РСЯ — списание долгов", "yandex", "cpc", "rsya_dolgi", 0.4}}},
        {"VK Реклама",
         0.16,
         0.72,
         0.28,
         0.12,
         0.55,
         0.58,
         1100,
         0.022,
         0.04,
         {{"Лента — долги по кредитам", "vk", "cpc", "lenta_kredity", 1.0}}},
        {"Telegram Ads",
         0.08,
         0.75,
         0.30,
         0.10,
         0.60,
         0.68,
         1500,
         0.028,
         0.03,
         {{"Финансовые каналы", "telegram", "cpc", "fin_kanaly", 1.0}}},
        {"Лидогенератор «ЛидМаркет»",
         0.28,
         0.58,
         0.28,
         0.22,
         0.42,
         0.20,
         450,
         0.0,
         0.12,
         {{"CPA — банкротство", "leadmarket", "cpa", "bankrot_cpa", 1.0}}},
        {"SEO",
         0.14,
         0.80,
         0.38,
         0.07,
         0.66,
         0.80,
         0,
         0.012,
         0.02,
         {{"Органический поиск", "yandex", "organic", "", 1.0}}},
        {"Рекомендации",
         0.06,
         0.90,
         0.50,
         0.05,
         0.78,
         0.88,
         0,
         0.0,
         0.01,
         {{"Сарафанное радио", "referral", "referral", "", 1.0}}},
    };
    return channels;
}

const std::vector<OperatorProfile>& operatorProfiles() {
    // Козлов books the most arrivals, but half of them are not target: raw and
    // quality-adjusted rankings of operators differ because of him.
    static const std::vector<OperatorProfile> ops{
        {"Ольга Смирнова", 1.0, 1.10, 1.05, 1.10, 6},     {"Дмитрий Козлов", 1.25, 1.45, 1.08, 0.45, 4},
        {"Анна Морозова", 1.0, 0.95, 1.00, 1.05, 12},     {"Игорь Волков", 1.0, 1.00, 0.95, 1.00, 9},
        {"Екатерина Лебедева", 0.9, 1.05, 1.10, 1.08, 8}, {"Максим Новиков", 1.0, 0.85, 0.90, 0.95, 22},
        {"Татьяна Соколова", 1.0, 1.00, 1.00, 1.00, 10},  {"Алексей Попов", 1.1, 1.20, 0.95, 0.80, 5},
        {"Наталья Васильева", 0.8, 0.90, 1.05, 1.12, 15}, {"Артём Фёдоров", 1.0, 1.00, 1.00, 0.98, 7},
        {"Юлия Михайлова", 0.9, 1.08, 1.02, 1.04, 9},     {"Павел Егоров", 0.7, 0.80, 0.90, 1.00, 28},
    };
    return ops;
}

const std::vector<ManagerProfile>& managerProfiles() {
    static const std::vector<ManagerProfile> managers{
        {"Марина Орлова", 0, 0.46}, {"Виктор Зайцев", 0, 0.32},  {"Светлана Белова", 1, 0.40},
        {"Роман Гусев", 1, 0.27},   {"Ирина Комарова", 2, 0.38}, {"Андрей Киселёв", 2, 0.34},
    };
    return managers;
}

const std::vector<OfficeProfile>& officeProfiles() {
    static const std::vector<OfficeProfile> offices{
        {"Москва, Тверская", "Москва, ул. Тверская, 12, офис 301", "Europe/Moscow", 9 * 60, 20 * 60, 0x3F, 3,
         0.45},
        {"Санкт-Петербург, Невский", "Санкт-Петербург, Невский пр., 88", "Europe/Moscow", 10 * 60, 19 * 60,
         0x1F, 3, 0.30},
        {"Екатеринбург, Ленина", "Екатеринбург, пр. Ленина, 40", "Asia/Yekaterinburg", 9 * 60, 18 * 60, 0x3F,
         2, 0.25},
    };
    return offices;
}

const std::vector<Product>& products() {
    static const std::vector<Product> list{
        {"Банкротство физлица", 120000, 0.45},
        {"Банкротство с реализацией имущества", 185000, 0.20},
        {"Внесудебное банкротство", 45000, 0.15},
        {"Реструктуризация долгов", 80000, 0.20},
    };
    return list;
}

const std::vector<const char*>& maleFirstNames() {
    static const std::vector<const char*> names{
        "Александр", "Сергей",   "Андрей", "Алексей", "Дмитрий", "Михаил",   "Иван",       "Николай",
        "Евгений",   "Владимир", "Юрий",   "Олег",    "Виталий", "Геннадий", "Константин", "Руслан"};
    return names;
}

const std::vector<const char*>& femaleFirstNames() {
    static const std::vector<const char*> names{
        "Елена",  "Татьяна", "Наталья",   "Ольга", "Ирина",     "Светлана", "Марина",  "Людмила",
        "Галина", "Оксана",  "Валентина", "Юлия",  "Анастасия", "Любовь",   "Надежда", "Вера"};
    return names;
}

const std::vector<const char*>& surnames() {
    static const std::vector<const char*> names{
        "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",   "Соколов", "Михайлов",
        "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",  "Семёнов", "Егоров",
        "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",  "Макаров", "Никитин",
        "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев"};
    return names;
}

}  // namespace fd::core::demo
