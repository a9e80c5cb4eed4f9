<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FunnelDesk</source>
        <translation>О программе FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FunnelDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;FunnelDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>CRM for companies that sell through a meeting in their office: from ad spend to money in the cash desk.</source>
        <translation>CRM для компаний, которые продают через встречу в офисе: от рекламного бюджета до денег в кассе.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Схема базы:</translation>
    </message>
    <message>
        <source>Open database:</source>
        <translation>Открытая база:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
</context>
<context>
    <name>fd::app::AuditWorkspace</name>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>rescheduled to</source>
        <translation>перенос на</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>перенесена</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>arrival marked</source>
        <translation>отмечен приход</translation>
    </message>
    <message>
        <source>no-show marked</source>
        <translation>отмечена неявка</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>записан итог</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>снят с работы</translation>
    </message>
    <message>
        <source>repeat request</source>
        <translation>повторное обращение</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивирован</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>снова работает</translation>
    </message>
    <message>
        <source>login and password set</source>
        <translation>заданы логин и пароль</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>изменена настройка</translation>
    </message>
    <message>
        <source>day closed</source>
        <translation>день закрыт</translation>
    </message>
    <message>
        <source>day opened</source>
        <translation>день открыт</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation>сменил свой пароль</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>пришёл без записи</translation>
    </message>
    <message>
        <source>follow-up postponed</source>
        <translation>дожим отложен</translation>
    </message>
    <message>
        <source>lost after follow-up</source>
        <translation>потерян после дожима</translation>
    </message>
    <message>
        <source>confirmation undone</source>
        <translation>подтверждение отменено</translation>
    </message>
    <message>
        <source>cancellation undone</source>
        <translation>отмена отменена</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>person</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>За кого</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>(a tool)</source>
        <translation>(программа)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail is written to %1</source>
        <translation>Журнал изменений записан в %1</translation>
    </message>
    <message>
        <source>duplicate client merged in</source>
        <translation>объединён дубль клиента</translation>
    </message>
    <message>
        <source>channel given to leads</source>
        <translation>лидам указан канал</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
</context>
<context>
    <name>fd::app::BookingDialog</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation>Раньше (Alt+←)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation>Позже (Alt+→)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>&amp;Записать на это время</translation>
    </message>
    <message>
        <source>any manager</source>
        <translation>любой менеджер</translation>
    </message>
    <message>
        <source>Cancel the &amp;meeting</source>
        <translation>Отменить &amp;встречу</translation>
    </message>
</context>
<context>
    <name>fd::app::CallOutcomeBar</name>
    <message>
        <source>Note to the call (optional)</source>
        <translation>Заметка к звонку (необязательно)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Не ответил</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>Перезвонить…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Отказ…</translation>
    </message>
    <message>
        <source>Non-target…</source>
        <translation>Нецелевой…</translation>
    </message>
    <message>
        <source>Book a meeting…</source>
        <translation>Записать на встречу…</translation>
    </message>
    <message>
        <source>Confirm meeting</source>
        <translation>Подтвердить встречу</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Отменить встречу</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>&amp;Перезвонить в:</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 мин</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 ч</translation>
    </message>
    <message>
        <source>+3 h</source>
        <translation>+3 ч</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>Завтра 10:00</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>Why &amp;refused:</source>
        <translation>Причина &amp;отказа:</translation>
    </message>
    <message>
        <source>Why &amp;not a client:</source>
        <translation>Почему &amp;не клиент:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
</context>
<context>
    <name>fd::app::CashDeskPanel</name>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Receive a payment…</source>
        <translation>Принять оплату…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cash desk of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Касса за %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>total %1 in %2 payments</source>
        <translation>всего %1, платежей: %2</translation>
    </message>
</context>
<context>
    <name>fd::app::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Не меньше %1 символов.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Новый пароль и его повтор не совпадают.</translation>
    </message>
</context>
<context>
    <name>fd::app::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из работы</translation>
    </message>
    <message>
        <source>Campaigns of the channel and their UTM tags</source>
        <translation>Кампании канала и их UTM-метки</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>utm_source</source>
        <translation>utm_source</translation>
    </message>
    <message>
        <source>utm_medium</source>
        <translation>utm_medium</translation>
    </message>
    <message>
        <source>utm_campaign</source>
        <translation>utm_campaign</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ка&amp;мпания:</translation>
    </message>
    <message>
        <source>utm_&amp;source:</source>
        <translation>utm_&amp;source:</translation>
    </message>
    <message>
        <source>utm_m&amp;edium:</source>
        <translation>utm_m&amp;edium:</translation>
    </message>
    <message>
        <source>utm_&amp;campaign:</source>
        <translation>utm_&amp;campaign:</translation>
    </message>
    <message>
        <source>New campai&amp;gn</source>
        <translation>Новая кампани&amp;я</translation>
    </message>
    <message>
        <source>Sa&amp;ve the campaign</source>
        <translation>Сох&amp;ранить кампанию</translation>
    </message>
    <message>
        <source>&amp;Put in use</source>
        <translation>&amp;Вернуть в работу</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <source>Channel name:</source>
        <translation>Название канала:</translation>
    </message>
    <message>
        <source>Channel added: %1</source>
        <translation>Канал добавлен: %1</translation>
    </message>
    <message>
        <source>Rename the channel</source>
        <translation>Переименовать канал</translation>
    </message>
    <message>
        <source>Channel saved: %1</source>
        <translation>Канал сохранён: %1</translation>
    </message>
    <message>
        <source>Channel in use again: %1</source>
        <translation>Канал снова в работе: %1</translation>
    </message>
    <message>
        <source>Channel retired: %1</source>
        <translation>Канал выведен из работы: %1</translation>
    </message>
    <message>
        <source>Campaign saved: %1</source>
        <translation>Кампания сохранена: %1</translation>
    </message>
</context>
<context>
    <name>fd::app::CompanyPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Название компании:</translation>
    </message>
    <message>
        <source>Reports count days in (&amp;time zone):</source>
        <translation>Отчёты считают дни по (&amp;часовой пояс):</translation>
    </message>
    <message>
        <source>A repeat request within (&amp;days):</source>
        <translation>Повторное обращение в пределах (&amp;дней):</translation>
    </message>
    <message>
        <source>First call within (&amp;minutes):</source>
        <translation>Первый звонок в течение (&amp;минут):</translation>
    </message>
    <message>
        <source>Unanswered calls before a lead &amp;rests:</source>
        <translation>Недозвонов до паузы по &amp;лиду:</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ничего не изменилось</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
</context>
<context>
    <name>fd::app::CompanyWizard</name>
    <message>
        <source>Start my company</source>
        <translation>Начать свою компанию</translation>
    </message>
    <message>
        <source>&amp;Create the company</source>
        <translation>&amp;Создать компанию</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>Its name, the time zone its reports count days in, and where its data is kept.</source>
        <translation>Название, часовой пояс, по которому отчёты считают дни, и где хранятся данные.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Название компании:</translation>
    </message>
    <message>
        <source>&amp;Reports count days in:</source>
        <translation>&amp;Отчёты считают дни по:</translation>
    </message>
    <message>
        <source>The file is the company&apos;s database on this computer. Keep it in a folder that is backed up; its safety is that of this computer&apos;s account.</source>
        <translation>Файл — это база данных компании на этом компьютере. Храните его в папке, для которой делаются резервные копии; он защищён настолько, насколько защищена учётная запись этого компьютера.</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Файл данных</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation>Базы FunnelDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>The first office</source>
        <translation>Первый офис</translation>
    </message>
    <message>
        <source>Where clients come: its working days and hours, how long a meeting slot is and how many clients a slot takes. More offices can be added in Settings.</source>
        <translation>Куда приходят клиенты: рабочие дни и часы, длина слота встречи и сколько клиентов принимает слот. Другие офисы можно добавить в Настройках.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The person who sets up offices, staff, channels and reasons. Others sign in with the logins the administrator gives them.</source>
        <translation>Тот, кто настраивает офисы, сотрудников, каналы и причины. Остальные входят под логинами, которые выдаёт администратор.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Не менее %1 символов.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Import leads from a Bitrix24, amoCRM or CSV export now</source>
        <translation>&amp;Импортировать лиды из выгрузки Битрикс24, amoCRM или CSV сейчас</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, reports by %2.&lt;/p&gt;&lt;p&gt;Office &lt;b&gt;%3&lt;/b&gt;: %4–%5, slots of %6 min, %7 seat(s).&lt;/p&gt;&lt;p&gt;Administrator: &lt;b&gt;%8&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;File: %9&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, отчёты по поясу %2.&lt;/p&gt;&lt;p&gt;Офис &lt;b&gt;%3&lt;/b&gt;: %4–%5, слоты по %6 мин, мест: %7.&lt;/p&gt;&lt;p&gt;Администратор: &lt;b&gt;%8&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Файл: %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«%1» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; exists already; choose a new file.</source>
        <translation>Файл «%1» уже существует; выберите новый файл.</translation>
    </message>
    <message>
        <source>Choose where the data file is kept.</source>
        <translation>Выберите, где хранить файл данных.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Файл данных:</translation>
    </message>
</context>
<context>
    <name>fd::app::ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>A company whose seats share one database keeps it on a PostgreSQL server. Your administrator gives you these values; the password is asked next.</source>
        <translation>Компания, у которой несколько рабочих мест работают с одной базой, держит её на сервере PostgreSQL. Эти значения даёт администратор; пароль спросим следующим шагом.</translation>
    </message>
    <message>
        <source>e.g. crm.office.local or 192.168.10.5</source>
        <translation>например, crm.office.local или 192.168.10.5</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Шифровать, если сервер предлагает (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>Всегда шифровать (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Шифровать и проверять сертификат сервера (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Без шифрования (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Укажите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Укажите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Укажите свой логин.</translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardCharts</name>
    <message>
        <source>Funnel from %1 visitors to money</source>
        <translation>Воронка от %1 посетителей до денег</translation>
    </message>
    <message>
        <source>Funnel: from leads to money</source>
        <translation>Воронка: от лидов до денег</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Дозвон</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Целевые визиты</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>leads, arrivals, sales</source>
        <translation>лиды, визиты, продажи</translation>
    </message>
    <message>
        <source>ROMI, %</source>
        <translation>ROMI, %</translation>
    </message>
    <message>
        <source>cost per target arrival, ₽</source>
        <translation>цена целевого визита, ₽</translation>
    </message>
    <message>
        <source>CPL, ₽</source>
        <translation>CPL, ₽</translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardExport</name>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Не удалось записать файл «%1»: %2</translation>
    </message>
    <message>
        <source>FunnelDesk — marketing report</source>
        <translation>FunnelDesk — отчёт маркетинга</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформирован %1</translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardModel</name>
    <message>
        <source>No data: %1 of %2</source>
        <translation>Нет данных: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 из %2: %3</translation>
    </message>
    <message>
        <source>(95 %: %1–%2)</source>
        <translation>(95 %: %1–%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
    <message numerus="yes">
        <source>Still maturing: %1 of these leads are younger than %n day(s), so their conversion will still grow.</source>
        <translation>
            <numerusform>Ещё созревает: %1 этих лидов моложе %n дня, их конверсия ещё вырастет.</numerusform>
            <numerusform>Ещё созревает: %1 этих лидов моложе %n дней, их конверсия ещё вырастет.</numerusform>
            <numerusform>Ещё созревает: %1 этих лидов моложе %n дней, их конверсия ещё вырастет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend and visitors are known per channel and campaign, not per office or employee.</source>
        <translation>Расходы и посетители известны по каналам и кампаниям, а не по офисам и сотрудникам.</translation>
    </message>
    <message>
        <source>Booked of leads: %1</source>
        <translation>Записаны из лидов: %1</translation>
    </message>
    <message>
        <source>Arrived of booked: %1</source>
        <translation>Пришли из записанных: %1</translation>
    </message>
    <message>
        <source>Target of arrived: %1</source>
        <translation>Целевые из пришедших: %1</translation>
    </message>
    <message>
        <source>Sales of target arrivals: %1</source>
        <translation>Продажи из целевых визитов: %1</translation>
    </message>
    <message>
        <source>Double-click for the list of these leads</source>
        <translation>Двойной щелчок — список этих лидов</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>CR visitor→lead</source>
        <translation>Конверсия в лид</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записаны</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Целевые визиты</translation>
    </message>
    <message>
        <source>Cost per target</source>
        <translation>Цена целевого</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>ROMI</source>
        <translation>ROMI</translation>
    </message>
    <message>
        <source>Target of arrived</source>
        <translation>Целевых из пришедших</translation>
    </message>
</context>
<context>
    <name>fd::app::Demo</name>
    <message>
        <source>Creating a demo database with a realistic history…</source>
        <translation>Создаём демонстрационную базу с правдоподобной историей…</translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation>FunnelDesk</translation>
    </message>
    <message>
        <source>The demo database cannot be saved as &quot;%1&quot;.</source>
        <translation>Не удалось сохранить демонстрационную базу как «%1».</translation>
    </message>
</context>
<context>
    <name>fd::app::Dialer</name>
    <message>
        <source>Calling %1 — the call started now</source>
        <translation>Звоним: %1 — звонок начат</translation>
    </message>
    <message>
        <source>No softphone takes calls on this computer: %1 is copied, paste it into your phone</source>
        <translation>На этом компьютере нет софтфона: номер %1 скопирован, вставьте его в телефон</translation>
    </message>
</context>
<context>
    <name>fd::app::DrillDownDialog</name>
    <message numerus="yes">
        <source>%1 — %n lead(s)</source>
        <translation>
            <numerusform>%1 — %n лид</numerusform>
            <numerusform>%1 — %n лида</numerusform>
            <numerusform>%1 — %n лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::DrillDownModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>fd::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation>Сделки (продажи)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>; (Russian Excel)</source>
        <translation>; (русский Excel)</translation>
    </message>
    <message>
        <source>The whole history</source>
        <translation>Вся история</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation>&amp;Разделитель CSV:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
    <message>
        <source>Calendar (iCalendar .ics)</source>
        <translation>Календарь (iCalendar .ics)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n строка записана в %1.</numerusform>
            <numerusform>%n строки записаны в %1.</numerusform>
            <numerusform>%n строк записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than a spreadsheet cell holds were shortened, ending in «…».</source>
        <translation>
            <numerusform>%n текст длиннее, чем вмещает ячейка таблицы, сокращён, в конце «…».</numerusform>
            <numerusform>%n текста длиннее, чем вмещает ячейка таблицы, сокращены, в конце «…».</numerusform>
            <numerusform>%n текстов длиннее, чем вмещает ячейка таблицы, сокращены, в конце «…».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::FirstStart</name>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы FunnelDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Northwind Dental</source>
        <translation>Стоматология «Весна»</translation>
    </message>
    <message>
        <source>Main office</source>
        <translation>Главный офис</translation>
    </message>
</context>
<context>
    <name>fd::app::FirstStartDialog</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation>Добро пожаловать в FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to FunnelDesk&lt;/h3&gt;&lt;p&gt;Leads, calls, meetings in the office and the money they bring, in one place. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать в FunnelDesk&lt;/h3&gt;&lt;p&gt;Лиды, звонки, встречи в офисе и деньги, которые они приносят, — в одном месте. С чего начнём?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the demo company</source>
        <translation>Попробовать демо-компанию</translation>
    </message>
    <message>
        <source>A fictional company with a year of history; sign in as any role (password &quot;%1&quot;).</source>
        <translation>Вымышленная компания с историей за год; входите под любой ролью (пароль «%1»).</translation>
    </message>
    <message>
        <source>Start my company</source>
        <translation>Начать свою компанию</translation>
    </message>
    <message>
        <source>Your company&apos;s name, its first office and its administrator; then import your leads or start taking them.</source>
        <translation>Название компании, первый офис и администратор; затем импортируйте свои лиды или начните их принимать.</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Открыть файл базы…</translation>
    </message>
</context>
<context>
    <name>fd::app::FollowUpDialog</name>
    <message>
        <source>Sale after follow-up — %1</source>
        <translation>Продажа после дожима — %1</translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation>рубли, например 120 000</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>&amp;Сумма договора:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <source>&amp;Record the sale</source>
        <translation>&amp;Записать продажу</translation>
    </message>
    <message>
        <source>Follow up later — %1</source>
        <translation>Дожать позже — %1</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Дожать:</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>Refused after thinking — %1</source>
        <translation>Отказ после раздумий — %1</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Close as refused</source>
        <translation>&amp;Закрыть как отказ</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Выберите причину.</translation>
    </message>
</context>
<context>
    <name>fd::app::FollowUpPanel</name>
    <message>
        <source>Follow up on</source>
        <translation>Дожать</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Был на встрече</translation>
    </message>
    <message>
        <source>Sale…</source>
        <translation>Продажа…</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Позже…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Отказ…</translation>
    </message>
</context>
<context>
    <name>fd::app::GuideWindow</name>
    <message>
        <source>FunnelDesk user guide</source>
        <translation>Руководство пользователя FunnelDesk</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>&amp;Вперёд ▶</translation>
    </message>
</context>
<context>
    <name>fd::app::HealthWorkspace</name>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Own dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>What is missing, and who fixes it</source>
        <translation>Чего не хватает и кто закрывает</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Enter or a double click opens the records behind a row</source>
        <translation>Enter или двойной щелчок открывает записи за строкой</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>As marked</source>
        <translation>По отметкам</translation>
    </message>
    <message>
        <source>With the gaps filled</source>
        <translation>Если закрыть пробелы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Bonus as marked</source>
        <translation>Премия по отметкам</translation>
    </message>
    <message>
        <source>Bonus could be</source>
        <translation>Премия могла бы быть</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the gaps do to the numbers of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что пробелы делают с показателями: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;No gaps: the period&apos;s numbers stand on complete marks&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;Пробелов нет: показатели периода стоят на полных отметках&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gap(s) to fix&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n пробел к закрытию&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n пробела к закрытию&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n пробелов к закрытию&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>до %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) unmarked</source>
        <translation>
            <numerusform>%n запись без отметки</numerusform>
            <numerusform>%n записи без отметки</numerusform>
            <numerusform>%n записей без отметки</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ a step of the bonus scheme lies in this range: the missing marks decide it</source>
        <translation>⚠ в этом диапазоне лежит ступень схемы премии: её решают недостающие отметки</translation>
    </message>
    <message>
        <source>The gaps move no KPI of the month</source>
        <translation>Пробелы не меняют ни одного KPI месяца</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meeting(s) as no-shows…</source>
        <translation>
            <numerusform>Отметить неявку: %n встреча…</numerusform>
            <numerusform>Отметить неявку: %n встречи…</numerusform>
            <numerusform>Отметить неявку: %n встреч…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate client(s)…</source>
        <translation>
            <numerusform>Объединить %n дубль клиента…</numerusform>
            <numerusform>Объединить %n дубля клиентов…</numerusform>
            <numerusform>Объединить %n дублей клиентов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n lead(s) a channel…</source>
        <translation>
            <numerusform>Указать канал %n лиду…</numerusform>
            <numerusform>Указать канал %n лидам…</numerusform>
            <numerusform>Указать канал %n лидам…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads&apos; channel</source>
        <translation>Канал лидов</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>К&amp;ампания:</translation>
    </message>
    <message>
        <source>Fix in bulk</source>
        <translation>Исправить разом</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meeting(s) whose time has passed as no-shows? The clients did not come, as far as anyone knows.</source>
        <translation>
            <numerusform>Отметить неявку на %n прошедшую встречу? Насколько известно, клиент не пришёл.</numerusform>
            <numerusform>Отметить неявку на %n прошедшие встречи? Насколько известно, клиенты не пришли.</numerusform>
            <numerusform>Отметить неявку на %n прошедших встреч? Насколько известно, клиенты не пришли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) marked as no-shows</source>
        <translation>
            <numerusform>%n встреча отмечена неявкой</numerusform>
            <numerusform>%n встречи отмечены неявкой</numerusform>
            <numerusform>%n встреч отмечены неявкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate client(s) into the older contact with the same phone or e-mail? Every lead, call, meeting and payment stays, under the kept client.</source>
        <translation>
            <numerusform>Объединить %n дубль клиента со старшим контактом с тем же телефоном или e-mail? Все лиды, звонки, встречи и оплаты останутся — у оставленного клиента.</numerusform>
            <numerusform>Объединить %n дубля клиентов со старшими контактами с тем же телефоном или e-mail? Все лиды, звонки, встречи и оплаты останутся — у оставленных клиентов.</numerusform>
            <numerusform>Объединить %n дублей клиентов со старшими контактами с тем же телефоном или e-mail? Все лиды, звонки, встречи и оплаты останутся — у оставленных клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate client(s) merged</source>
        <translation>
            <numerusform>Объединён %n дубль клиента</numerusform>
            <numerusform>Объединено %n дубля клиентов</numerusform>
            <numerusform>Объединено %n дублей клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) given a channel</source>
        <translation>
            <numerusform>Канал указан для %n лида</numerusform>
            <numerusform>Канал указан для %n лидов</numerusform>
            <numerusform>Канал указан для %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the &amp;office</source>
        <translation>Открыть в &amp;офисе</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читаю…</translation>
    </message>
</context>
<context>
    <name>fd::app::ImportDialog</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation>Сделки (продажи)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Ad spend per day</source>
        <translation>Расходы на рекламу по дням</translation>
    </message>
    <message>
        <source>Site visitors per day</source>
        <translation>Посетители сайта по дням</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>FunnelDesk (columns named as the fields)</source>
        <translation>FunnelDesk (столбцы названы как поля)</translation>
    </message>
    <message>
        <source>Bitrix24 leads export</source>
        <translation>Выгрузка лидов Битрикс24</translation>
    </message>
    <message>
        <source>amoCRM deals export</source>
        <translation>Выгрузка сделок amoCRM</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Write nothing if any row is bad</source>
        <translation>Ничего не записывать, если есть ошибочная строка</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Пропустить ошибочные строки, остальное импортировать</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Что в файле:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Column &amp;preset:</source>
        <translation>&amp;Шаблон столбцов:</translation>
    </message>
    <message>
        <source>&amp;Bad rows:</source>
        <translation>&amp;Ошибочные строки:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>Первые строки, как они прочитаны:</translation>
    </message>
    <message>
        <source>Which column fills each field:</source>
        <translation>Какой столбец заполняет каждое поле:</translation>
    </message>
    <message>
        <source>Chec&amp;k (dry run)</source>
        <translation>&amp;Проверить (без записи)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation>прочитан как %1, разделитель %2</translation>
    </message>
    <message>
        <source> with a BOM</source>
        <translation> с BOM</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>В файле нет строки заголовков.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Also read from: %1</source>
        <translation>Также читается из: %1</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run to see what would be imported.</source>
        <translation>Проверьте столбцы, затем запустите проверку без записи, чтобы увидеть, что будет импортировано.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, repeat requests: %3, updated: %4, already there: %5, bad: %6.</source>
        <translation>Прочитано строк: %1. Новых: %2, повторных обращений: %3, обновлено: %4, уже были: %5, ошибочных: %6.</translation>
    </message>
    <message>
        <source>Not sales (deals in another stage): %1.</source>
        <translation>Не продажи (сделки на другом этапе): %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Проверка: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was written because of the bad rows; fix them or choose to skip them.</source>
        <translation>Ничего не записано из-за ошибочных строк; исправьте их или выберите пропуск.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column «%2»: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <source>read as the table of a web page (Bitrix24&apos;s export to Excel)</source>
        <translation>прочитан как таблица веб-страницы (выгрузка Битрикс24 в Excel)</translation>
    </message>
    <message>
        <source>Row %1, cell %2, column «%3»: %4</source>
        <translation>Строка %1, ячейка %2, столбец «%3»: %4</translation>
    </message>
    <message>
        <source>read as an Excel workbook (.xlsx)</source>
        <translation>прочитан как книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook (.xlsx) or Bitrix24&apos;s export to Excel (.xls)</source>
        <translation>Файл CSV, книга Excel (.xlsx) или выгрузка Битрикс24 в Excel (.xls)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>File format:</source>
        <translation>Формат файла:</translation>
    </message>
    <message>
        <source>CSV files and spreadsheets (*.csv *.txt *.xlsx *.xls *.htm *.html);;All files (*)</source>
        <translation>Файлы CSV и таблицы (*.csv *.txt *.xlsx *.xls *.htm *.html);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>fd::app::KeyButton</name>
    <message>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
</context>
<context>
    <name>fd::app::KpiModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Целевые приходы</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>Деньги в кассе</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Сумма договоров</translation>
    </message>
    <message>
        <source>Lead → target</source>
        <translation>Лид → целевой</translation>
    </message>
    <message>
        <source>Show-up</source>
        <translation>Доходимость</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Конверсия в продажу</translation>
    </message>
    <message>
        <source>Cost per target arrival</source>
        <translation>Цена целевого прихода</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 за %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Премия</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>How the bonus is made</source>
        <translation>Из чего сложилась премия</translation>
    </message>
    <message>
        <source>no plan, no change</source>
        <translation>плана нет, без изменений</translation>
    </message>
    <message>
        <source>no figure, no change</source>
        <translation>нет показателя, без изменений</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % от %2</translation>
    </message>
    <message>
        <source>×%1 at %2 % of plan</source>
        <translation>×%1 при выполнении плана на %2 %</translation>
    </message>
    <message>
        <source>, up to the cap of %1</source>
        <translation>, не больше потолка %1</translation>
    </message>
    <message>
        <source>%1 against %2: ×%3</source>
        <translation>%1 при плане %2: ×%3</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1: %2, 95 % interval %3–%4</source>
        <translation>%1: %2, 95-процентный интервал %3–%4</translation>
    </message>
    <message>
        <source>Where %1 is heading by the month&apos;s end, with a 95 % range</source>
        <translation>Куда %1 придёт к концу месяца, с диапазоном 95 %</translation>
    </message>
    <message>
        <source>The bonus if the month ends as forecast</source>
        <translation>Премия, если месяц закончится по прогнозу</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Manager, office</source>
        <translation>Менеджер, офис</translation>
    </message>
    <message>
        <source>Plan, done</source>
        <translation>План, выполнено</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>At forecast</source>
        <translation>По прогнозу</translation>
    </message>
    <message>
        <source>Leads worked</source>
        <translation>Лидов в работе</translation>
    </message>
    <message>
        <source>Median minutes to the first call</source>
        <translation>Медиана минут до первого звонка</translation>
    </message>
    <message>
        <source>Non-target share of arrivals</source>
        <translation>Доля нецелевых среди пришедших</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <source>Sales after a follow-up</source>
        <translation>Продажи после дожима</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Visitor → lead</source>
        <translation>Посетитель → лид</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Цена лида</translation>
    </message>
    <message>
        <source>Cost per sale (CAC)</source>
        <translation>Цена продажи (CAC)</translation>
    </message>
    <message>
        <source>ROMI</source>
        <translation>ROMI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевые</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Per target</source>
        <translation>За целевой</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>1st call, min</source>
        <translation>До звонка, мин</translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation>Нецелевые</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>After follow-up</source>
        <translation>После дожима</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>the month&apos;s leads, by every stage they reached by now (cohort)</source>
        <translation>лиды месяца — по всем этапам, которых они достигли к сегодняшнему дню (когорта)</translation>
    </message>
    <message>
        <source>what happened in the month (period)</source>
        <translation>что произошло в месяце (период)</translation>
    </message>
    <message>
        <source>₽%1 M</source>
        <translation>%1 млн ₽</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>so far, plus %1 meetings booked for the rest of the month times %2 of the last 8 weeks, plus the meetings still to be booked at the last 8 weeks&apos; pace</source>
        <translation>уже есть, плюс %1 встреч, назначенных на остаток месяца, умноженные на %2 за последние 8 недель, плюс встречи, которые ещё назначат, в темпе последних 8 недель</translation>
    </message>
    <message>
        <source>so far, plus %1 expected arrivals times a %2 close rate, plus %3 follow-ups due times %4 of follow-ups that ended in a sale in the last 8 weeks</source>
        <translation>уже есть, плюс %1 ожидаемых приходов, умноженные на конверсию в продажу %2, плюс %3 дожимов к сроку, умноженные на долю дожимов, закончившихся продажей за последние 8 недель (%4)</translation>
    </message>
    <message>
        <source>so far, at this month&apos;s pace over %1 working days gone, for %2 working days left</source>
        <translation>уже есть, плюс темп этого месяца за %1 прошедших рабочих дней на %2 оставшихся</translation>
    </message>
    <message>
        <source>the forecast spend over the forecast target arrivals</source>
        <translation>прогноз расхода, делённый на прогноз целевых приходов</translation>
    </message>
    <message>
        <source>%1 by the month&apos;s end, between %2 and %3 (95 %): %4</source>
        <translation>%1 к концу месяца, от %2 до %3 (95 %): %4</translation>
    </message>
</context>
<context>
    <name>fd::app::KpiWorkspace</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>Copy last month&apos;s &amp;plans</source>
        <translation>Скопировать &amp;планы прошлого месяца</translation>
    </message>
    <message>
        <source>&amp;Call center</source>
        <translation>&amp;Колл-центр</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Офис</translation>
    </message>
    <message>
        <source>M&amp;arketing</source>
        <translation>&amp;Маркетинг</translation>
    </message>
    <message>
        <source>&amp;Bonuses</source>
        <translation>&amp;Премии</translation>
    </message>
    <message>
        <source>KPI and bonuses</source>
        <translation>KPI и премии</translation>
    </message>
    <message>
        <source>Closed %1: the figures are frozen as they were paid.</source>
        <translation>Закрыт %1: показатели заморожены такими, какими были выплачены.</translation>
    </message>
    <message>
        <source>Open: the figures follow the data. Bonuses to pay: %1</source>
        <translation>Открыт: показатели следуют за данными. Премий к выплате: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen the month…</source>
        <translation>&amp;Открыть месяц снова…</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Закрыть месяц…</translation>
    </message>
    <message>
        <source>Close %1? Its KPIs and bonuses are frozen as they stand now; anything recorded for it later shows as an adjustment in the next month.</source>
        <translation>Закрыть %1? Показатели и премии заморозятся такими, как сейчас; всё, что внесут за него позже, попадёт корректировкой в следующий месяц.</translation>
    </message>
    <message>
        <source>Reopen %1? Its figures will follow the data again until it is closed anew.</source>
        <translation>Открыть %1 снова? Его показатели снова будут следовать за данными, пока месяц не закроют заново.</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Закрыть месяц</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Открыть месяц снова</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 закрыт</translation>
    </message>
    <message>
        <source>%1 is open again</source>
        <translation>%1 снова открыт</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) copied from the month before</source>
        <translation>
            <numerusform>Скопирован %n план прошлого месяца</numerusform>
            <numerusform>Скопировано %n плана прошлого месяца</numerusform>
            <numerusform>Скопировано %n планов прошлого месяца</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;lans…</source>
        <translation>П&amp;ланы…</translation>
    </message>
    <message>
        <source>Plans for %1 saved</source>
        <translation>Планы на %1 сохранены</translation>
    </message>
    <message>
        <source>Bonus &amp;schemes…</source>
        <translation>&amp;Схемы премий…</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The bonus scheme from %1 is saved</source>
        <translation>Схема премий с %1 сохранена</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>The payroll sheet as Excel or CSV, or the KPI tabs as PDF</source>
        <translation>Ведомость премий в Excel или CSV, или вкладки KPI в PDF</translation>
    </message>
    <message>
        <source>Export the payroll or the KPI tabs</source>
        <translation>Экспорт ведомости или вкладок KPI</translation>
    </message>
    <message>
        <source>Payroll, Excel workbook (*.xlsx);;Payroll, CSV (*.csv);;KPI tabs, PDF (*.pdf)</source>
        <translation>Ведомость, книга Excel (*.xlsx);;Ведомость, CSV (*.csv);;Вкладки KPI, PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Записано в %1</translation>
    </message>
    <message>
        <source>FunnelDesk — KPI and bonuses, %1</source>
        <translation>FunnelDesk — KPI и премии, %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Не удалось записать файл «%1»: %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Считаю…</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) of this month are still missing — Data health lists them:</source>
        <translation>
            <numerusform>В этом месяце не хватает %n отметки — их перечисляет «Качество данных»:</numerusform>
            <numerusform>В этом месяце не хватает %n отметок — их перечисляет «Качество данных»:</numerusform>
            <numerusform>В этом месяце не хватает %n отметок — их перечисляет «Качество данных»:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month with these gaps?</source>
        <translation>Закрыть месяц с этими пробелами?</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadCard</name>
    <message>
        <source>Select a lead to see its card.</source>
        <translation>Выберите лид, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Repeat requests: %1</source>
        <translation>Повторные обращения: %1</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Заявка получена</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Звонок: %1</translation>
    </message>
    <message>
        <source>, call back %1</source>
        <translation>, перезвонить %1</translation>
    </message>
    <message>
        <source>Meeting booked for %1</source>
        <translation>Встреча назначена на %1</translation>
    </message>
    <message>
        <source>Meeting confirmed</source>
        <translation>Встреча подтверждена</translation>
    </message>
    <message>
        <source>Came to the office</source>
        <translation>Пришёл в офис</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Встреча: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>, qualified %1</source>
        <translation>, квалификация: %1</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>сумма неизвестна</translation>
    </message>
    <message>
        <source>Contract signed: %1</source>
        <translation>Договор подписан: %1</translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation>Оплата %1 (%2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Следующая встреча</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>По этому столбцу нельзя сортировать</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsWorkspace</name>
    <message>
        <source>Cannot load the leads: %1</source>
        <translation>Не удалось загрузить лиды: %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Выбрать даты…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Search by name, phone or email (Ctrl+F)</source>
        <translation>Поиск по имени, телефону или почте (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln лид</numerusform>
            <numerusform>%Ln лида</numerusform>
            <numerusform>%Ln лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the leads…</source>
        <translation>Считаем лиды…</translation>
    </message>
    <message>
        <source>Erase the client&apos;s personal data…</source>
        <translation>Стереть персональные данные клиента…</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>этого клиента</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стереть персональные данные</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?

Their name, phone numbers, e-mail, notes and the text of their requests are destroyed and cannot be brought back. Their leads, meetings, contracts and payments stay in the numbers as anonymous records, and the audit trail records who erased them.</source>
        <translation>Стереть персональные данные клиента %1?

Имя, телефоны, e-mail, заметки и текст обращений будут уничтожены без возможности восстановления. Лиды, встречи, договоры и платежи останутся в цифрах как обезличенные записи, а журнал изменений запомнит, кто стёр данные.</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased: client %1, %n lead(s) kept as anonymous records</source>
        <translation>
            <numerusform>Персональные данные стёрты: клиент %1, %n лид сохранён как обезличенная запись</numerusform>
            <numerusform>Персональные данные стёрты: клиент %1, %n лида сохранены как обезличенные записи</numerusform>
            <numerusform>Персональные данные стёрты: клиент %1, %n лидов сохранены как обезличенные записи</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing the client&apos;s personal data…</source>
        <translation>Стираем персональные данные клиента…</translation>
    </message>
</context>
<context>
    <name>fd::app::Main</name>
    <message>
        <source>There is no workspace &quot;%1&quot;; the workspaces are: %2.</source>
        <translation>Раздела «%1» нет; разделы: %2.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is not available in this version.</source>
        <translation>Раздел «%1» в этой версии пока недоступен.</translation>
    </message>
    <message>
        <source>There is no active operator &quot;%1&quot; in this database.</source>
        <translation>В этой базе нет работающего оператора «%1».</translation>
    </message>
    <message>
        <source>There is no active office &quot;%1&quot; in this database.</source>
        <translation>В этой базе нет работающего офиса «%1».</translation>
    </message>
</context>
<context>
    <name>fd::app::MainWindow</name>
    <message>
        <source>Demo data: a generated history of a fictional company, for trying FunnelDesk out. Open your own database with File ▸ Open.</source>
        <translation>Демонстрационные данные: сгенерированная история вымышленной компании, чтобы попробовать FunnelDesk. Свою базу откройте через Файл ▸ Открыть.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>Open &amp;demo database</source>
        <translation>Открыть &amp;демо-базу</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Не&amp;давние базы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>FunnelDesk — %1</source>
        <translation>FunnelDesk — %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>There is no workspace to show.</source>
        <translation>Нет раздела для показа.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы FunnelDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демо-база</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation>&amp;О программе FunnelDesk</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln лид</numerusform>
            <numerusform>%Ln лида</numerusform>
            <numerusform>%Ln лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Your password is changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Новая компания…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>FunnelDesk — %1 — %2</source>
        <translation>FunnelDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Резервная &amp;копия…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>FunnelDesk database (*.sqlite)</source>
        <translation>База данных FunnelDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копируем базу данных…</translation>
    </message>
    <message>
        <source>The database is copied to %1 and the copy is checked.</source>
        <translation>База данных скопирована в %1, копия проверена.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>FunnelDesk database (*.sqlite);;All files (*)</source>
        <translation>База данных FunnelDesk (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Put the copy %1 (of %2) in the place of the database %3?

Everything entered since the copy was made is then no longer in the database; the current file is kept beside it, named ….replaced-DATE-TIME.</source>
        <translation>Поставить копию %1 (от %2) на место базы данных %3?

Всё, что внесено после создания копии, из базы исчезнет; текущий файл сохранится рядом под именем ….replaced-ДАТА-ВРЕМЯ.</translation>
    </message>
    <message>
        <source>The database is restored from the copy.</source>
        <translation>База данных восстановлена из копии.</translation>
    </message>
    <message>
        <source>The database is restored from the copy; the file it replaced is kept as %1.</source>
        <translation>База данных восстановлена из копии; заменённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>fd::app::MarketingWorkspace</name>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>без окна</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Cohort mode: count only what a lead reached within this many days of its request.</source>
        <translation>Режим когорты: учитывать только то, чего лид достиг за столько дней после обращения.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Без разбивки</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Окно:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>О&amp;фис:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Кам&amp;пания:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Cohort: the leads that came in the period, followed to every stage they reached since — conversion of this period&apos;s advertising. Cohorts marked * are still maturing.</source>
        <translation>Когорта: лиды, пришедшие в периоде, прослежены до всех этапов, которых они достигли с тех пор, — конверсия рекламы этого периода. Когорты со * ещё созревают.</translation>
    </message>
    <message>
        <source>Period: what happened in the period — leads, bookings, arrivals, sales and payments dated in it, whenever their lead came in. For activity, not for conversion.</source>
        <translation>Период: что произошло в периоде — лиды, записи, визиты, продажи и оплаты с датой в нём, когда бы ни пришёл их лид. Для активности, не для конверсии.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Начало периода должно быть раньше конца.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Считаю…</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>В этом периоде ничего не было.</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Посчитано за %1 мс</translation>
    </message>
    <message>
        <source>Listing the leads…</source>
        <translation>Собираю список лидов…</translation>
    </message>
    <message>
        <source>Listed in %1 ms</source>
        <translation>Список за %1 мс</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Э&amp;кспорт</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Книга Excel (XLSX)…</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV для Excel…</translation>
    </message>
    <message>
        <source>PDF report with the charts…</source>
        <translation>Отчёт PDF с графиками…</translation>
    </message>
    <message>
        <source>&amp;Spend and visitors…</source>
        <translation>&amp;Расходы и посетители…</translation>
    </message>
    <message>
        <source>Period: %1 — %2</source>
        <translation>Период: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Conversion window: %n day(s)</source>
        <translation>
            <numerusform>Окно конверсии: %n день</numerusform>
            <numerusform>Окно конверсии: %n дня</numerusform>
            <numerusform>Окно конверсии: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: %1; channel: %2; campaign: %3; broken down by: %4</source>
        <translation>Офис: %1; канал: %2; кампания: %3; разбивка: %4</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Экспорт панели</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The report is still being computed.</source>
        <translation>Отчёт ещё считается.</translation>
    </message>
    <message>
        <source>Trend line: CPL</source>
        <translation>Линия тренда: CPL</translation>
    </message>
    <message>
        <source>Trend line: cost per target arrival</source>
        <translation>Линия тренда: цена целевого визита</translation>
    </message>
    <message>
        <source>Trend line: ROMI</source>
        <translation>Линия тренда: ROMI</translation>
    </message>
    <message>
        <source>Other seats changed the data since these figures were counted. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt; (F5)</source>
        <translation>С тех пор как эти цифры посчитаны, другие рабочие места изменили данные. &lt;a href=&quot;refresh&quot;&gt;Обновить&lt;/a&gt; (F5)</translation>
    </message>
</context>
<context>
    <name>fd::app::MonthPanel</name>
    <message>
        <source> of %1 planned (%2 %)</source>
        <translation> из %1 по плану (%2 %)</translation>
    </message>
    <message>
        <source>%1 so far — %2 · %3: %4 · bonus so far: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 на сегодня — %2 · %3: %4 · премия на сегодня: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the same numbers as the KPI workspace; target arrivals and sales count this month&apos;s events, the rates this month&apos;s leads.</source>
        <translation>По тем же цифрам, что и раздел KPI: целевые приходы и продажи — события этого месяца, конверсии — лиды этого месяца.</translation>
    </message>
    <message>
        <source> · forecast: %1, bonus %2</source>
        <translation> · прогноз: %1, премия %2</translation>
    </message>
</context>
<context>
    <name>fd::app::Names</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Дожим</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation>Нецелевой</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>не отвечает</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>неверный номер</translation>
    </message>
    <message>
        <source>asked to call back</source>
        <translation>просит перезвонить</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>not a client</source>
        <translation>нецелевой</translation>
    </message>
    <message>
        <source>booked a meeting</source>
        <translation>записан на встречу</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>назначена</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>пришёл</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>не пришёл</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>перенесена</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>думает</translation>
    </message>
    <message>
        <source>non-target</source>
        <translation>нецелевой</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевой</translation>
    </message>
    <message>
        <source>insolvent</source>
        <translation>неплатёжеспособен</translation>
    </message>
    <message>
        <source>problematic</source>
        <translation>проблемный</translation>
    </message>
    <message>
        <source>out of profile</source>
        <translation>не наш профиль</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>банковский перевод</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>«%1» — не сумма денег.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>office manager</source>
        <translation>менеджер офиса</translation>
    </message>
    <message>
        <source>marketer</source>
        <translation>маркетолог</translation>
    </message>
    <message>
        <source>head of company</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>fd::app::NewLeadDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>Кампа&amp;ния:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Open this lead instead</source>
        <translation>&amp;Открыть этот лид</translation>
    </message>
    <message>
        <source>&amp;Create lead</source>
        <translation>&amp;Создать лид</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone is already in the database.&lt;/b&gt; Open the client&apos;s lead instead of creating a duplicate; a new request within the attribution window is recorded as a repeat touch of it.</source>
        <translation>&lt;b&gt;Этот телефон уже есть в базе.&lt;/b&gt; Откройте лид клиента вместо создания дубля; новая заявка в пределах окна атрибуции записывается как повторное обращение к нему.</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeDayPanel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Записал</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Итог…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Оплата…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>без записи</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не отмечена</translation>
    </message>
    <message>
        <source>The meeting&apos;s time has passed and nobody marked whether the client came.</source>
        <translation>Время встречи прошло, а отметки, пришёл ли клиент, нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) passed without a mark whether the client came: at the top of the list.</source>
        <translation>
            <numerusform>%n встреча прошла без отметки о приходе клиента — вверху списка.</numerusform>
            <numerusform>%n встречи прошли без отметки о приходе клиента — вверху списка.</numerusform>
            <numerusform>%n встреч прошли без отметки о приходе клиента — вверху списка.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeForm</name>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Название офиса:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Часы работы:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation>&amp;Длина слота:</translation>
    </message>
    <message>
        <source>S&amp;eats per slot:</source>
        <translation>&amp;Мест в слоте:</translation>
    </message>
    <message>
        <source>The office receives clients</source>
        <translation>Офис принимает клиентов</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeWorkspace</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Предыдущий день (Alt+←)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Следующий день (Alt+→)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Walk-in client… (Ins)</source>
        <translation>Клиент без записи… (Ins)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>&amp;Manager at the desk:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Дожим</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation>Перенос встречи</translation>
    </message>
    <message>
        <source>Walk-in client</source>
        <translation>Клиент без записи</translation>
    </message>
    <message>
        <source>Times on this page are the office&apos;s local times.</source>
        <translation>Время на этой странице — местное время офиса.</translation>
    </message>
    <message>
        <source>office time %1</source>
        <translation>время офиса %1</translation>
    </message>
    <message>
        <source>The meeting of %1 is at %2, more than three hours from now. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation>Встреча клиента %1 назначена на %2 — больше чем через три часа. Всё равно отметить «%3»? Будет записано текущее время.</translation>
    </message>
    <message>
        <source>The meeting of %1 is on %2, not today. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation>Встреча клиента %1 назначена на %2, не на сегодня. Всё равно отметить «%3»? Будет записано текущее время.</translation>
    </message>
    <message>
        <source>Meeting on another day</source>
        <translation>Встреча в другой день</translation>
    </message>
    <message>
        <source>&amp;Mark anyway</source>
        <translation>&amp;Всё равно отметить</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outcome saved — %1</source>
        <translation>Итог встречи сохранён — %1</translation>
    </message>
    <message>
        <source>Meeting moved — %1</source>
        <translation>Встреча перенесена — %1</translation>
    </message>
    <message>
        <source>Payment received — %1</source>
        <translation>Оплата принята — %1</translation>
    </message>
    <message>
        <source>Walk-in client saved</source>
        <translation>Клиент без записи сохранён</translation>
    </message>
    <message>
        <source>Follow-up saved — %1</source>
        <translation>Дожим сохранён — %1</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficesPage</name>
    <message>
        <source>&amp;New office</source>
        <translation>&amp;Новый офис</translation>
    </message>
    <message>
        <source>&amp;Save the office</source>
        <translation>&amp;Сохранить офис</translation>
    </message>
    <message>
        <source>Closed days (holidays)</source>
        <translation>Нерабочие дни (праздники)</translation>
    </message>
    <message>
        <source>&amp;Close this day</source>
        <translation>&amp;Закрыть этот день</translation>
    </message>
    <message>
        <source>&amp;Open the selected day</source>
        <translation>&amp;Открыть выбранный день</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (закрыт)</translation>
    </message>
    <message>
        <source>Office added: %1</source>
        <translation>Офис добавлен: %1</translation>
    </message>
    <message>
        <source>Office saved: %1</source>
        <translation>Офис сохранён: %1</translation>
    </message>
    <message>
        <source>%1 is closed on %2</source>
        <translation>%1 не работает %2</translation>
    </message>
    <message>
        <source>%1 works on %2 again</source>
        <translation>%1 снова работает %2</translation>
    </message>
</context>
<context>
    <name>fd::app::OperatorWorkspace</name>
    <message>
        <source>Call center</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who is working at this desk?&lt;/h2&gt;&lt;p&gt;Choose yourself: the queue shows the leads nobody has taken yet and your own, and your calls are credited to you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Кто работает за этим местом?&lt;/h2&gt;&lt;p&gt;Выберите себя: в очереди — лиды, которые ещё никто не взял, и ваши собственные; звонки засчитываются вам.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <source>There are no operators in this database yet.</source>
        <translation>В этой базе пока нет операторов.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Сменить…</translation>
    </message>
    <message>
        <source>New lead (Ins)</source>
        <translation>Новый лид (Ins)</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Отменить встречу</translation>
    </message>
    <message>
        <source>Operator: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Оператор: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b01c1c&apos;&gt;%1 new leads wait longer than %2 min&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b01c1c&apos;&gt;Новых лидов, ждущих дольше %2 мин: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every new lead is within the first-call time of %1 min</source>
        <translation>Все новые лиды в пределах времени до первого звонка (%1 мин)</translation>
    </message>
    <message>
        <source>Nothing to do in this list right now.</source>
        <translation>В этом списке сейчас ничего нет.</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Запись на встречу</translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation>Перенос встречи</translation>
    </message>
    <message>
        <source>Cancel the client&apos;s meeting? The seat becomes free and the lead goes back to the call center.</source>
        <translation>Отменить встречу клиента? Место освободится, а лид вернётся в колл-центр.</translation>
    </message>
    <message>
        <source>New lead from a call</source>
        <translation>Новый лид со звонка</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2, next call in %3</source>
        <translation>%1 — %2, следующий звонок через %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Meeting booked — %1</source>
        <translation>Записан на встречу — %1</translation>
    </message>
    <message>
        <source>Meeting confirmed — %1</source>
        <translation>Встреча подтверждена — %1</translation>
    </message>
    <message>
        <source>Meeting cancelled — %1</source>
        <translation>Встреча отменена — %1</translation>
    </message>
    <message>
        <source>Meeting moved — %1</source>
        <translation>Встреча перенесена — %1</translation>
    </message>
    <message>
        <source>New lead saved — %1</source>
        <translation>Новый лид сохранён — %1</translation>
    </message>
</context>
<context>
    <name>fd::app::OutcomeDialog</name>
    <message>
        <source>Meeting outcome — %1</source>
        <translation>Итог встречи — %1</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Продажа</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Думает</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Отказ</translation>
    </message>
    <message>
        <source>&amp;Non-target</source>
        <translation>&amp;Нецелевой</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>&amp;Квалификация:</translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation>рубли, например 120 000</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>&amp;Сумма договора:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Дожать:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Sa&amp;ve outcome</source>
        <translation>&amp;Сохранить итог</translation>
    </message>
</context>
<context>
    <name>fd::app::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Accept more than is outstanding (&amp;overpayment)</source>
        <translation>Принять больше остатка (&amp;переплата)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Paid at:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Receive payment</source>
        <translation>&amp;Принять оплату</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Contract %3 · paid %4 · &lt;b&gt;outstanding %5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Договор %3 · оплачено %4 · &lt;b&gt;остаток %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>сумма неизвестна</translation>
    </message>
    <message>
        <source>Payment: %1, contract of %2</source>
        <translation>Оплата: %1, договор от %2</translation>
    </message>
    <message>
        <source>&amp;Paid at (office time %1):</source>
        <translation>&amp;Когда (время офиса %1):</translation>
    </message>
</context>
<context>
    <name>fd::app::PlansDialog</name>
    <message>
        <source>Plans for %1</source>
        <translation>Планы на %1</translation>
    </message>
    <message>
        <source>Type the plans or paste them from a spreadsheet (Ctrl+V from the selected cell). Money in rubles. An empty cell sets no plan.</source>
        <translation>Введите планы или вставьте их из таблицы (Ctrl+V с выбранной ячейки). Деньги в рублях. Пустая ячейка — без плана.</translation>
    </message>
    <message>
        <source>Marketing (the department)</source>
        <translation>Маркетинг (отдел)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>fd::app::QueueModel</name>
    <message>
        <source>Request received %1</source>
        <translation>Заявка получена %1</translation>
    </message>
    <message>
        <source>%1 (late %2)</source>
        <translation>%1 (опоздание %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Перезвонить в</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Missed meeting</source>
        <translation>Пропущенная встреча</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонков</translation>
    </message>
</context>
<context>
    <name>fd::app::QueuePanel</name>
    <message>
        <source>New leads</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, in working order.</source>
        <translation>Показаны первые %1 из %2 в порядке работы.</translation>
    </message>
</context>
<context>
    <name>fd::app::ReasonsPage</name>
    <message>
        <source>Why the call center loses a lead</source>
        <translation>Почему колл-центр теряет лида</translation>
    </message>
    <message>
        <source>Why a client leaves the office without buying</source>
        <translation>Почему клиент уходит из офиса без покупки</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Убрать / вернуть</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Reason added: %1</source>
        <translation>Причина добавлена: %1</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>Переименовать причину</translation>
    </message>
    <message>
        <source>Reason saved: %1</source>
        <translation>Причина сохранена: %1</translation>
    </message>
    <message>
        <source>Reason offered again: %1</source>
        <translation>Причина снова предлагается: %1</translation>
    </message>
    <message>
        <source>Reason retired: %1</source>
        <translation>Причина больше не предлагается: %1</translation>
    </message>
    <message>
        <source>Reason moved: %1</source>
        <translation>Причина перемещена: %1</translation>
    </message>
</context>
<context>
    <name>fd::app::SchemeDialog</name>
    <message>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>steps by plan</source>
        <translation>ступени по плану</translation>
    </message>
    <message>
        <source>quality gate</source>
        <translation>условие качества</translation>
    </message>
    <message>
        <source>Bonus scheme from %1</source>
        <translation>Схема премий с %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Rules apply in order, each to the bonus so far. Amounts and caps in rubles; steps as &quot;completion:multiplier&quot; pairs (0:0; 0.8:1; 1:1.2); a gate without a threshold compares with the plan.</source>
        <translation>Правила применяются по порядку, каждое к уже набранной премии. Суммы и потолки в рублях; ступени — пары «выполнение:множитель» (0:0; 0.8:1; 1:1.2); условие без порога сравнивает с планом.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation>Сумма за единицу</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Потолок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Множитель</translation>
    </message>
    <message>
        <source>&amp;Add a rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <source>Re&amp;move the rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message>
        <source>Rule %1: a number is not written as a number.</source>
        <translation>Правило %1: число записано не числом.</translation>
    </message>
</context>
<context>
    <name>fd::app::ServerSignInDialog</name>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>Вход в FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your login and password are checked by the company&apos;s server.</source>
        <translation>Логин и пароль проверяет сервер компании.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>fd::app::SettingsWorkspace</name>
    <message>
        <source>You can read the settings; only the administrator changes them.</source>
        <translation>Вы можете смотреть настройки; менять их может только администратор.</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Офисы</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Сотрудники</translation>
    </message>
    <message>
        <source>C&amp;hannels and campaigns</source>
        <translation>&amp;Каналы и кампании</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Причины</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The database can only be read: nothing here can be changed.</source>
        <translation>Базу данных можно только читать: здесь ничего нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>fd::app::SignInDialog</name>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>Вход в FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo company: sign in as operator1, manager1, marketer, head or admin with the password %1.</source>
        <translation>Демонстрационная компания: войдите как operator1, manager1, marketer, head или admin с паролем %1.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>fd::app::SlotGridModel</name>
    <message>
        <source>Choose a slot.</source>
        <translation>Выберите время.</translation>
    </message>
    <message>
        <source>Full: %1 of %2 seats are taken.</source>
        <translation>Занято: %1 из %2 мест.</translation>
    </message>
    <message>
        <source>This slot is already over.</source>
        <translation>Это время уже прошло.</translation>
    </message>
    <message>
        <source>The office is closed on %1.</source>
        <translation>Офис не работает: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken, %3 free.</source>
        <translation>занято %1 из %2 мест, свободно %3.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>full %1/%2</source>
        <translation>занято %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>fd::app::SpendDialog</name>
    <message>
        <source>Spend and visitors</source>
        <translation>Расходы и посетители</translation>
    </message>
    <message>
        <source>Ad spend, ₽</source>
        <translation>Расходы на рекламу, ₽</translation>
    </message>
    <message>
        <source>Site visitors</source>
        <translation>Посетители сайта</translation>
    </message>
    <message>
        <source>Type figures or paste a block copied from Excel (Ctrl+V) at the chosen cell; changed cells are yellow until saved (Ctrl+S).</source>
        <translation>Введите числа или вставьте блок, скопированный из Excel (Ctrl+V), начиная с выбранной ячейки; изменённые ячейки жёлтые, пока не сохранены (Ctrl+S).</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>Discard the figures not saved yet?</source>
        <translation>Отбросить несохранённые числа?</translation>
    </message>
</context>
<context>
    <name>fd::app::SpendGridModel</name>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Расход не может быть отрицательным.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors.</source>
        <translation>«%1» — не число посетителей.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the cell where the pasted block starts.</source>
        <translation>Выберите ячейку, с которой начинается вставка.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit the grid from %3.</source>
        <translation>Вставляемый блок (%1 × %2) не помещается в таблицу начиная с %3.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was pasted.</source>
        <translation>%1: %2 Ничего не вставлено.</translation>
    </message>
</context>
<context>
    <name>fd::app::StaffPage</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Новый сотрудник</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Деактивировать…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>The first password, at least %1 characters; they change it themselves later.</source>
        <translation>Первый пароль, не менее %1 символов; потом сотрудник сменит его сам.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; type a new one to reset a forgotten password.</source>
        <translation>Оставьте пустым, чтобы не менять пароль; введите новый, чтобы сбросить забытый.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2</source>
        <translation>%1 может входить как %2</translation>
    </message>
    <message>
        <source>Saved %1 with a new password</source>
        <translation>Сохранено: %1, новый пароль</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Nobody: back to the common queue</source>
        <translation>Никому: в общую очередь</translation>
    </message>
    <message>
        <source>%1 leaves open work: %2 lead(s) in the call center, %3 callback(s), %4 meeting(s) to come, %5 follow-up(s). Hand it to:</source>
        <translation>У %1 остаются дела: лидов в колл-центре — %2, перезвонов — %3, предстоящих встреч — %4, дожимов — %5. Передать их:</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Деактивировать: %1</translation>
    </message>
    <message>
        <source>%1 no longer works here and cannot sign in</source>
        <translation>%1 больше не работает и не может войти</translation>
    </message>
    <message>
        <source>%1 works here again</source>
        <translation>%1 снова работает</translation>
    </message>
</context>
<context>
    <name>fd::app::Upgrade</name>
    <message>
        <source>Upgrading the database for this version of FunnelDesk. It is checked whole first, which takes a few minutes for millions of leads…</source>
        <translation>Обновляем базу данных для этой версии FunnelDesk. Сначала она проверяется целиком — для миллионов лидов это займёт несколько минут…</translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation>FunnelDesk</translation>
    </message>
</context>
<context>
    <name>fd::core::DataHealth</name>
    <message>
        <source>Typed by %1</source>
        <translation>Ввёл(а) %1</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company: office %1 is closed</source>
        <translation>Компания: офис %1 закрыт</translation>
    </message>
    <message>
        <source>Meetings past their time with no mark whether the client came</source>
        <translation>Встречи прошли, а отметки, пришёл ли клиент, нет</translation>
    </message>
    <message>
        <source>Arrivals without an outcome or a qualification</source>
        <translation>Приходы без итога или квалификации</translation>
    </message>
    <message>
        <source>Clients thinking with no follow-up date</source>
        <translation>Клиенты «думают» без даты дожима</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Просроченные дожимы</translation>
    </message>
    <message>
        <source>Leads lost or non-target without a reason</source>
        <translation>Отказы и нецелевые лиды без причины</translation>
    </message>
    <message>
        <source>Leads without a channel or a campaign</source>
        <translation>Лиды без канала или кампании</translation>
    </message>
    <message>
        <source>Contracts with money due and no payment for 35 days</source>
        <translation>Договоры с долгом без оплат 35 дней</translation>
    </message>
    <message>
        <source>Days a paid channel brought leads with no spend entered</source>
        <translation>Дни, когда платный канал привёл лиды, а расход не внесён</translation>
    </message>
    <message>
        <source>Days with spend and no visitors figure</source>
        <translation>Дни с расходом без числа посетителей</translation>
    </message>
    <message>
        <source>Probable duplicate clients (one phone or e-mail)</source>
        <translation>Вероятные дубли клиентов (один телефон или e-mail)</translation>
    </message>
    <message>
        <source>Leads of one person created minutes apart</source>
        <translation>Лиды одного человека с разницей в минуты</translation>
    </message>
    <message>
        <source>Coming meetings booked by someone who left</source>
        <translation>Предстоящие встречи, записанные ушедшим сотрудником</translation>
    </message>
    <message>
        <source>Coming meetings and follow-ups in closed offices</source>
        <translation>Предстоящие встречи и дожимы в закрытых офисах</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Офис %1</translation>
    </message>
    <message>
        <source>%1 (no manager named)</source>
        <translation>%1 (менеджер не назначен)</translation>
    </message>
</context>
<context>
    <name>fd::core::Error</name>
    <message>
        <source>The phone number &quot;%1&quot; is not usable: enter 11 digits starting with +7 or 8, or an international number starting with +.</source>
        <translation>Телефон «%1» не подходит: введите 11 цифр, начиная с +7 или 8, или международный номер, начиная с +.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Телефон не указан.</translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation>Введите название офиса.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«%1» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>The working hours must end after they start.</source>
        <translation>Рабочее время должно заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>The slot length must be at least 5 minutes and fit in the working day.</source>
        <translation>Длина слота — не меньше 5 минут и не больше рабочего дня.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>An office named &quot;%1&quot; already exists.</source>
        <translation>Офис «%1» уже есть.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <source>The office %1 does not exist.</source>
        <translation>Офиса %1 нет.</translation>
    </message>
    <message>
        <source>An office manager needs an office.</source>
        <translation>Менеджеру офиса нужен офис.</translation>
    </message>
    <message>
        <source>Enter the channel name.</source>
        <translation>Введите название канала.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation>Канал «%1» уже есть.</translation>
    </message>
    <message>
        <source>Enter the campaign name.</source>
        <translation>Введите название кампании.</translation>
    </message>
    <message>
        <source>The channel %1 does not exist.</source>
        <translation>Канала %1 нет.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>Неверная дата.</translation>
    </message>
    <message>
        <source>The campaign does not belong to the channel.</source>
        <translation>Кампания не относится к этому каналу.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Расход не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Число посетителей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Enter the contract amount, greater than zero.</source>
        <translation>Введите сумму договора больше нуля.</translation>
    </message>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation>Лида %1 нет.</translation>
    </message>
    <message>
        <source>The meeting %1 is not this client&apos;s.</source>
        <translation>Встреча %1 — не этого клиента.</translation>
    </message>
    <message>
        <source>The manager %1 does not exist.</source>
        <translation>Менеджера %1 нет.</translation>
    </message>
    <message>
        <source>The payment amount must be greater than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The deal %1 does not exist.</source>
        <translation>Сделки %1 нет.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the outstanding %2. Mark it as an overpayment to accept it.</source>
        <translation>Оплата %1 больше остатка %2. Чтобы принять её, отметьте переплату.</translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database.</source>
        <translation>Демонстрационные данные можно записать только в пустую базу.</translation>
    </message>
    <message>
        <source>The database failed; nothing was saved: %1</source>
        <translation>Ошибка базы данных, ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>The number of leads must be between 1 and 50,000,000.</source>
        <translation>Число лидов — от 1 до 50 000 000.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Не удалось прочитать базу: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>A lead needs a phone, an email or an external id.</source>
        <translation>У лида должен быть телефон, почта или внешний ID.</translation>
    </message>
    <message>
        <source>The campaign %1 does not exist.</source>
        <translation>Кампании %1 нет.</translation>
    </message>
    <message>
        <source>The operator %1 does not exist or has left.</source>
        <translation>Оператора %1 нет или он уволен.</translation>
    </message>
    <message>
        <source>A lead with the external id &quot;%1&quot; already exists.</source>
        <translation>Лид с внешним ID «%1» уже есть.</translation>
    </message>
    <message>
        <source>Choose a callback time later than now.</source>
        <translation>Выберите время перезвона позже текущего.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Выберите причину.</translation>
    </message>
    <message>
        <source>Choose an office slot for the meeting.</source>
        <translation>Выберите слот в офисе для встречи.</translation>
    </message>
    <message>
        <source>Choose a reason of the call center.</source>
        <translation>Выберите причину колл-центра.</translation>
    </message>
    <message>
        <source>The meeting %1 does not exist.</source>
        <translation>Встречи %1 нет.</translation>
    </message>
    <message>
        <source>The meeting is already %1; only a scheduled or confirmed meeting can be changed this way.</source>
        <translation>Встреча уже в статусе «%1»; так можно изменить только назначенную или подтверждённую встречу.</translation>
    </message>
    <message>
        <source>Choose an open office.</source>
        <translation>Выберите действующий офис.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is closed on %2.</source>
        <translation>Офис «%1» закрыт %2.</translation>
    </message>
    <message>
        <source>The slot %1 is already over; choose a later one.</source>
        <translation>Слот %1 уже прошёл; выберите более поздний.</translation>
    </message>
    <message>
        <source>Choose a manager of the office &quot;%1&quot;.</source>
        <translation>Выберите менеджера офиса «%1».</translation>
    </message>
    <message>
        <source>The client already has a meeting on %1; reschedule it instead.</source>
        <translation>У клиента уже есть встреча %1; перенесите её.</translation>
    </message>
    <message>
        <source>The slot %1 in the office &quot;%2&quot; is full: %3 of %3 seats are taken.</source>
        <translation>Слот %1 в офисе «%2» заполнен: заняты %3 из %3 мест.</translation>
    </message>
    <message>
        <source>The meeting has not started yet; a no-show can be marked only after its time.</source>
        <translation>Встреча ещё не началась; неявку можно отметить только после её времени.</translation>
    </message>
    <message>
        <source>A non-target outcome needs a non-target qualification (insolvent, problematic or out of profile).</source>
        <translation>Для нецелевого итога нужна нецелевая квалификация (неплатёжеспособен, проблемный или не наш профиль).</translation>
    </message>
    <message>
        <source>Choose a follow-up date later than now.</source>
        <translation>Выберите дату дожима позже текущей.</translation>
    </message>
    <message>
        <source>Mark the client as arrived before recording the outcome.</source>
        <translation>Сначала отметьте, что клиент пришёл, затем вносите итог.</translation>
    </message>
    <message>
        <source>The outcome of this meeting is already recorded.</source>
        <translation>Итог этой встречи уже внесён.</translation>
    </message>
    <message>
        <source>Choose a reason of the office.</source>
        <translation>Выберите причину офиса.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program. Close it there or try again in a moment.</source>
        <translation>База «%1» заблокирована другой программой. Закройте её там или повторите чуть позже.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be used: %2</source>
        <translation>Базу «%1» нельзя использовать: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Файл «%1» не открывается: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database: %2</source>
        <translation>Файл «%1» — не база FunnelDesk: %2</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>Файла базы «%1» не существует.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Файл «%1» не читается.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database (it is not a SQLite database file). It was left unchanged.</source>
        <translation>Файл «%1» — не база FunnelDesk (это не файл SQLite). Файл не изменён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a SQLite database of another program, not a FunnelDesk database. It was left unchanged.</source>
        <translation>Файл «%1» — база SQLite другой программы, а не FunnelDesk. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. The file was left unchanged.</source>
        <translation>База «%1» создана более новой версией FunnelDesk (схема %2; эта программа знает до %3). Обновите FunnelDesk, чтобы открыть её. Файл не изменён.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; choose another name.</source>
        <translation>Файл «%1» уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; cannot be created.</source>
        <translation>Не удалось создать папку для «%1».</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not accept the required settings (foreign keys, WAL journal, full sync). It may be on a read-only or network drive.</source>
        <translation>База «%1» не принимает нужные настройки (внешние ключи, журнал WAL, полная синхронизация). Возможно, она на диске только для чтения или сетевом диске.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be upgraded from schema version %2: %3. It was left at version %2.</source>
        <translation>Не удалось обновить базу «%1» со схемы версии %2: %3. База осталась на версии %2.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Введите телефон звонящего.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Начало периода должно быть раньше конца.</translation>
    </message>
    <message>
        <source>The conversion window must be at least one day.</source>
        <translation>Окно конверсии должно быть не меньше одного дня.</translation>
    </message>
    <message>
        <source>%1 is not a slot of the office &quot;%2&quot;: it works %3–%4 in slots of %5 minutes.</source>
        <translation>%1 — не время записи офиса «%2»: он работает %3–%4, запись по %5 минут.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 — целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>Настройки «%1» нет.</translation>
    </message>
    <message>
        <source>The client has no contract to pay for.</source>
        <translation>У клиента нет договора для оплаты.</translation>
    </message>
    <message>
        <source>The client has a meeting booked for %1; mark that meeting as arrived instead.</source>
        <translation>Клиент записан на %1; отметьте приход на эту встречу.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open.</source>
        <translation>Этот дожим уже закрыт.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
    <message>
        <source>This system cannot decode Windows-1251 text.</source>
        <translation>В этой системе нет декодера Windows-1251.</translation>
    </message>
    <message>
        <source>Line %1, field %2: text after the closing quote of a quoted field.</source>
        <translation>Строка %1, поле %2: текст после закрывающей кавычки.</translation>
    </message>
    <message>
        <source>Line %1, field %2: a quoted field is not closed before the end of the file.</source>
        <translation>Строка %1, поле %2: кавычка не закрыта до конца файла.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2).</source>
        <translation>В файле нет столбца «%1» (для %2).</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>В файле нет строки заголовков.</translation>
    </message>
    <message>
        <source>The row has %1 columns where the header has %2.</source>
        <translation>В строке %1 столбцов, а в заголовке %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>«%1» — не дата и время.</translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation>Файл экспорта не записан.</translation>
    </message>
    <message>
        <source>A spreadsheet sheet holds at most %1 rows; choose a shorter period or export as CSV.</source>
        <translation>Лист таблицы вмещает не больше %1 строк; выберите период короче или экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet &quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать таблицу «%1»: %2</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;.</source>
        <translation>Офиса «%1» нет.</translation>
    </message>
    <message>
        <source>There is no employee &quot;%1&quot;.</source>
        <translation>Сотрудника «%1» нет.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать файл «%1»: %2</translation>
    </message>
    <message>
        <source>Only meetings can be exported as a calendar.</source>
        <translation>В календарь экспортируются только встречи.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; for %2; use funneldesk, bitrix24 (leads) or amocrm (leads, deals).</source>
        <translation>Шаблона «%1» для %2 нет; используйте funneldesk, bitrix24 (лиды) или amocrm (лиды, сделки).</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>В строке не заполнено «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>«%1» — не сумма денег.</translation>
    </message>
    <message>
        <source>The amount %1 cannot be negative.</source>
        <translation>Сумма %1 не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount %1 must be greater than zero.</source>
        <translation>Сумма %1 должна быть больше нуля.</translation>
    </message>
    <message>
        <source>No lead has the phone %1.</source>
        <translation>Нет лида с телефоном %1.</translation>
    </message>
    <message>
        <source>No lead has the external id &quot;%1&quot;.</source>
        <translation>Нет лида с внешним ID «%1».</translation>
    </message>
    <message>
        <source>No deal has the external id &quot;%1&quot;.</source>
        <translation>Нет сделки с внешним ID «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use cash, card or transfer.</source>
        <translation>«%1» — не способ оплаты; используйте наличные, карту или перевод.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» — не дата.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors (a whole number, zero or more).</source>
        <translation>«%1» — не число посетителей (целое, ноль или больше).</translation>
    </message>
    <message>
        <source>There is no %1 field &quot;%2&quot;; the fields are: %3.</source>
        <translation>В %1 нет поля «%2»; поля: %3.</translation>
    </message>
    <message>
        <source>The file has no column for %1 that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation>В файле нет столбца для %1, известного шаблону «%2»; укажите его сопоставлением поле=столбец.</translation>
    </message>
    <message>
        <source>The file has no %1 column that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation>В файле нет столбца %1, известного шаблону «%2»; укажите его сопоставлением поле=столбец.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Отчёт отменён.</translation>
    </message>
    <message>
        <source>The confirmation cannot be undone: the meeting has changed since.</source>
        <translation>Подтверждение нельзя отменить: встреча с тех пор изменилась.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the meeting has changed since.</source>
        <translation>Отмену нельзя вернуть: встреча с тех пор изменилась.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the client has been booked again since.</source>
        <translation>Отмену нельзя вернуть: клиента уже снова записали.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the seat has been booked by another client since.</source>
        <translation>Отмену нельзя вернуть: это место уже занял другой клиент.</translation>
    </message>
    <message>
        <source>Only call-center operators and the head work the call center.</source>
        <translation>С колл-центром работают только операторы и руководитель.</translation>
    </message>
    <message>
        <source>Only office managers and the head work the office desk.</source>
        <translation>Работу офиса ведут только менеджеры офиса и руководитель.</translation>
    </message>
    <message>
        <source>Your role does not show leads.</source>
        <translation>Ваша роль не показывает лидов.</translation>
    </message>
    <message>
        <source>Only office managers, marketers, the head and the administrator see money.</source>
        <translation>Деньги видят только менеджеры офиса, маркетологи, руководитель и администратор.</translation>
    </message>
    <message>
        <source>Only marketers, the head and the administrator read reports and KPIs.</source>
        <translation>Отчёты и KPI видят только маркетологи, руководитель и администратор.</translation>
    </message>
    <message>
        <source>Only marketers enter spend and visitors.</source>
        <translation>Расходы и посетителей вносят только маркетологи.</translation>
    </message>
    <message>
        <source>Only the administrator imports data from another CRM.</source>
        <translation>Данные из другой CRM загружает только администратор.</translation>
    </message>
    <message>
        <source>Only marketers, the head and the administrator export data.</source>
        <translation>Выгружать данные могут только маркетологи, руководитель и администратор.</translation>
    </message>
    <message>
        <source>Only the head and the administrator see the settings.</source>
        <translation>Настройки видят только руководитель и администратор.</translation>
    </message>
    <message>
        <source>Only the administrator changes settings, staff and passwords.</source>
        <translation>Настройки, сотрудников и пароли меняет только администратор.</translation>
    </message>
    <message>
        <source>Only the head and the administrator read the audit trail.</source>
        <translation>Журнал изменений видят только руководитель и администратор.</translation>
    </message>
    <message>
        <source>This lead is another operator&apos;s: only they or the head may work it.</source>
        <translation>Это лид другого оператора: с ним работает только он или руководитель.</translation>
    </message>
    <message>
        <source>This belongs to another office: only its managers or the head may work it.</source>
        <translation>Это относится к другому офису: с этим работают только его менеджеры или руководитель.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>This database already has a company; start a new one in a new file.</source>
        <translation>В этой базе уже есть компания; новую начните в новом файле.</translation>
    </message>
    <message>
        <source>An operator logs only their own calls.</source>
        <translation>Оператор записывает только свои звонки.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>В пароле должно быть не меньше %1 символов.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 seconds.</source>
        <translation>Слишком много неверных паролей: попробуйте снова через %1 с.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Войдите, чтобы сменить пароль.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The employee %1 does not exist.</source>
        <translation>Сотрудника %1 нет.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken by %2.</source>
        <translation>Логин «%1» уже занят: %2.</translation>
    </message>
    <message>
        <source>This database needs a sign-in: give --user LOGIN and the password in FUNNELDESK_PASSWORD.</source>
        <translation>В эту базу нужно войти: укажите --user ЛОГИН и пароль в FUNNELDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Nobody signed in.</source>
        <translation>Никто не вошёл.</translation>
    </message>
    <message>
        <source>Type a new password to change the login.</source>
        <translation>Чтобы сменить логин, введите новый пароль.</translation>
    </message>
    <message>
        <source>A slot needs from 1 to 999 seats.</source>
        <translation>В слоте должно быть от 1 до 999 мест.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are still to come at this office; move or cancel them before closing it.</source>
        <translation>В этом офисе предстоит встреч: %1; перенесите или отмените их, прежде чем закрывать офис.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are booked on %2; move them before closing the day.</source>
        <translation>На %2 записано встреч: %1; перенесите их, прежде чем закрывать день.</translation>
    </message>
    <message>
        <source>The channel already has a campaign named &quot;%1&quot;.</source>
        <translation>У канала уже есть кампания «%1».</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Введите причину.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is already on the list.</source>
        <translation>Причина «%1» уже есть в списке.</translation>
    </message>
    <message>
        <source>The reason %1 does not exist.</source>
        <translation>Причины %1 нет.</translation>
    </message>
    <message>
        <source>%1 is the only administrator; make someone else an administrator first.</source>
        <translation>%1 — единственный администратор; сначала назначьте администратором кого-то ещё.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя деактивировать самого себя.</translation>
    </message>
    <message>
        <source>Hand the work to an active colleague with the same role.</source>
        <translation>Передайте дела работающему коллеге с той же ролью.</translation>
    </message>
    <message>
        <source>Rule %1: an amount per unit needs a count KPI and an amount above 0.</source>
        <translation>Правило %1: сумма за единицу требует счётного показателя и суммы больше 0.</translation>
    </message>
    <message>
        <source>Rule %1: a percentage needs a money KPI and a share from 0 to 100 %.</source>
        <translation>Правило %1: процент требует денежного показателя и доли от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Rule %1: steps need rising completions and multipliers of 0 or more.</source>
        <translation>Правило %1: ступени требуют растущих порогов выполнения и множителей не меньше 0.</translation>
    </message>
    <message>
        <source>Rule %1: a multiplier cannot be negative.</source>
        <translation>Правило %1: множитель не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Each person sees their own bonus; only the head and the administrator see everyone&apos;s.</source>
        <translation>Каждый видит свою премию; премии всех видят только руководитель и администратор.</translation>
    </message>
    <message>
        <source>Only the head sets plans and bonus schemes and closes months.</source>
        <translation>Планы, схемы премий и закрытие месяцев — только у руководителя.</translation>
    </message>
    <message>
        <source>The figures of a closed month cannot be read: %1</source>
        <translation>Не удаётся прочитать показатели закрытого месяца: %1</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first.</source>
        <translation>%1 закрыт: сначала откройте его.</translation>
    </message>
    <message>
        <source>%1 is not over yet: a month is closed after its last day.</source>
        <translation>%1 ещё не закончился: месяц закрывают после его последнего дня.</translation>
    </message>
    <message>
        <source>%1 is closed already.</source>
        <translation>%1 уже закрыт.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 не закрыт.</translation>
    </message>
    <message>
        <source>The month must be written as YYYY-MM.</source>
        <translation>Месяц указывается как ГГГГ-ММ.</translation>
    </message>
    <message>
        <source>A plan cannot be negative.</source>
        <translation>План не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Other seats kept changing the same records at this moment; nothing was saved. Try again.</source>
        <translation>Другие рабочие места в этот момент меняли те же записи; ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. FunnelDesk connects again on the next action: try again.</source>
        <translation>Связь с сервером базы данных потеряна; ничего не сохранено. FunnelDesk подключится снова при следующем действии: попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. FunnelDesk connects again on the next action: try again.</source>
        <translation>Связь с сервером базы данных потеряна. FunnelDesk подключится снова при следующем действии: попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The server of %1 did not accept login &quot;%2&quot; with this password.</source>
        <translation>Сервер базы %1 не принял логин «%2» с этим паролем.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%2&quot; (%1). Ask the administrator to create it (see the administrator&apos;s guide).</source>
        <translation>На сервере нет базы «%2» (%1). Попросите администратора создать её (см. руководство администратора).</translation>
    </message>
    <message>
        <source>A protected (TLS) connection to %1 could not be made with sslmode %2: %3</source>
        <translation>Не удалось установить защищённое (TLS) соединение с %1 в режиме sslmode %2: %3</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: %2 Check the address and that the server is running.</source>
        <translation>Сервер базы %1 недоступен: %2 Проверьте адрес и что сервер запущен.</translation>
    </message>
    <message>
        <source>FunnelDesk cannot talk to PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>На этом компьютере FunnelDesk не может работать с серверами PostgreSQL: не установлен драйвер PostgreSQL для Qt (пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a FunnelDesk database. Nothing was changed in it.</source>
        <translation>В базе %1 таблицы другой программы, это не база FunnelDesk. В ней ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 is empty: it has not been set up for FunnelDesk yet (funneldesk-cli init --db %2).</source>
        <translation>База %1 пуста: она ещё не подготовлена для FunnelDesk (funneldesk-cli init --db %2).</translation>
    </message>
    <message>
        <source>The database %1 already holds a FunnelDesk company; choose an empty database.</source>
        <translation>В базе %1 уже есть компания FunnelDesk; выберите пустую базу.</translation>
    </message>
    <message>
        <source>The database %1 is not a FunnelDesk database. Nothing was changed in it.</source>
        <translation>База %1 — не база FunnelDesk. В ней ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. Nothing was changed.</source>
        <translation>База %1 записана более новой версией FunnelDesk (версия схемы %2; эта программа знает до %3). Обновите FunnelDesk, чтобы открыть её. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>Базу %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>«%1» — не адрес сервера; пишите так: postgresql://ЛОГИН@ХОСТ:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; holds a password. Leave it out: FunnelDesk asks for it at sign-in and never stores it.</source>
        <translation>В адресе сервера «%1» есть пароль. Уберите его: FunnelDesk спрашивает пароль при входе и нигде его не хранит.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; needs a login, a host and a database: postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>В адресе сервера «%1» нужны логин, хост и база: postgresql://ЛОГИН@ХОСТ:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; has an option FunnelDesk does not know; only sslmode is accepted.</source>
        <translation>В адресе сервера «%1» есть параметр, который FunnelDesk не знает; допускается только sslmode.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, sslmode must be disable, prefer, require or verify-full.</source>
        <translation>В «%1» sslmode должен быть disable, prefer, require или verify-full.</translation>
    </message>
    <message>
        <source>Another operator has just taken this client.</source>
        <translation>Этого клиента только что взял другой оператор.</translation>
    </message>
    <message>
        <source>This connection to the server is made with the login &quot;%1&quot;: on a server, people sign in by connecting with their own login.</source>
        <translation>Это подключение к серверу сделано под логином «%1»: на сервере каждый входит, подключаясь под своим логином.</translation>
    </message>
    <message>
        <source>The server already has a login &quot;%1&quot; for something else; choose another login.</source>
        <translation>На сервере уже есть логин «%1» для чего-то другого; выберите другой логин.</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 and this FunnelDesk needs version %3. Its owner (the login %4) upgrades it once by opening it, e.g. with funneldesk-cli check; until then this program cannot use it. Nothing was changed.</source>
        <translation>База данных %1 имеет версию схемы %2, а этой версии FunnelDesk нужна версия %3. Её владелец (логин %4) один раз обновляет её, открыв её, например командой funneldesk-cli check; до этого программа не может с ней работать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL); type or copy it again.</source>
        <translation>В тексте есть управляющий символ (например, NUL); наберите или скопируйте его заново.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are kept here.</source>
        <translation>В тексте %1 символов; здесь хранится не больше %2.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump, see the administrator&apos;s guide).</source>
        <translation>Базу данных на сервере копируют на сервере (pg_dump, см. руководство администратора).</translation>
    </message>
    <message>
        <source>A database on a server is restored on the server (pg_restore, see the administrator&apos;s guide).</source>
        <translation>Базу данных на сервере восстанавливают на сервере (pg_restore, см. руководство администратора).</translation>
    </message>
    <message>
        <source>Another program is writing to this database; nothing was saved. Try again when it has finished.</source>
        <translation>В эту базу данных сейчас пишет другая программа; ничего не сохранено. Повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>Файл базы данных доступен только для чтения; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>Another program holds this database; try again in a moment.</source>
        <translation>Базу данных занимает другая программа; повторите через минуту.</translation>
    </message>
    <message>
        <source>The demo database &quot;%1&quot; was not finished: making it stopped half-way, so its history is not whole. Make it again (funneldesk-cli demo --db FILE --force, or delete the file).</source>
        <translation>Демонстрационная база «%1» не достроена: её создание прервалось на полпути, история неполная. Создайте её заново (funneldesk-cli demo --db ФАЙЛ --force или удалите файл).</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>Не удалось записать копию «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Файла «%1» нет.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database.</source>
        <translation>Файл «%1» — не база данных FunnelDesk.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; was written by a newer FunnelDesk (schema version %2); update FunnelDesk to restore it.</source>
        <translation>Копия «%1» записана более новой версией FunnelDesk (версия схемы %2); обновите FunnelDesk, чтобы её восстановить.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is damaged (%2); it cannot be used.</source>
        <translation>Копия «%1» повреждена (%2); её нельзя использовать.</translation>
    </message>
    <message>
        <source>Another program is using the database &quot;%1&quot;; close FunnelDesk wherever it is open, then restore.</source>
        <translation>Базу данных «%1» использует другая программа; закройте FunnelDesk везде, где она открыта, и повторите восстановление.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be moved aside.</source>
        <translation>Не удалось отложить файл «%1».</translation>
    </message>
    <message>
        <source>The copy could not be put in the place of &quot;%1&quot;; the database was left as it was.</source>
        <translation>Не удалось поставить копию на место «%1»; база данных осталась прежней.</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was written to it. Restore the last backup, or salvage what can be read with funneldesk-cli recover.</source>
        <translation>Файл базы данных повреждён; в него ничего не записано. Восстановите последнюю резервную копию или спасите то, что читается, командой funneldesk-cli recover.</translation>
    </message>
    <message>
        <source>Nothing could be salvaged from &quot;%1&quot;: %2</source>
        <translation>Из «%1» ничего не удалось спасти: %2</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (Excel: Save as ▸ CSV UTF-8) and import that.</source>
        <translation>Файл в кодировке UTF-16 («Текст в Юникоде»). Сохраните его как CSV в UTF-8 (Excel: Сохранить как ▸ CSV UTF-8) и импортируйте его.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook, not CSV text. Save it as CSV (Excel: Save as ▸ CSV UTF-8) and import that.</source>
        <translation>Это книга электронной таблицы, а не текст CSV. Сохраните её как CSV (Excel: Сохранить как ▸ CSV UTF-8) и импортируйте его.</translation>
    </message>
    <message>
        <source>The file is not CSV text: it holds binary data. Choose the CSV file exported from the other program.</source>
        <translation>Файл — не текст CSV: в нём двоичные данные. Выберите CSV-файл, выгруженный из другой программы.</translation>
    </message>
    <message>
        <source>Only the head and the administrator erase a client&apos;s personal data.</source>
        <translation>Стирать персональные данные клиента могут только руководитель и администратор.</translation>
    </message>
    <message>
        <source>The database file can only be read (its permissions do not allow changes): FunnelDesk shows everything and saves nothing. Ask for write access to the file to work in it.</source>
        <translation>Файл базы данных доступен только для чтения (его права не разрешают изменений): FunnelDesk всё показывает, но ничего не сохраняет. Чтобы работать в нём, попросите права на запись в файл.</translation>
    </message>
    <message>
        <source>The database is in a folder or on a drive that cannot be written: FunnelDesk shows everything and saves nothing. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>База данных лежит в папке или на диске, куда нельзя писать: FunnelDesk всё показывает, но ничего не сохраняет. Скопируйте её в папку, доступную для записи, или попросите права на запись.</translation>
    </message>
    <message>
        <source>The database was written by a newer FunnelDesk: this one shows it and saves nothing. Update FunnelDesk to work in it.</source>
        <translation>База данных записана более новой версией FunnelDesk: эта версия её показывает, но ничего не сохраняет. Обновите FunnelDesk, чтобы работать в ней.</translation>
    </message>
    <message>
        <source>There is no client number %1.</source>
        <translation>Клиента с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no lead number %1.</source>
        <translation>Лида с номером %1 нет.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is at schema version %2 and this FunnelDesk upgrades it to %3 before using it, which writes to it; here it can only be read. Open it once where it can be written. The file was left unchanged.</source>
        <translation>База данных «%1» имеет версию схемы %2, и эта версия FunnelDesk перед работой обновляет её до %3, то есть пишет в неё; здесь её можно только читать. Откройте её один раз там, где в неё можно писать. Файл не изменён.</translation>
    </message>
    <message>
        <source>The campaign is not one of the channel&apos;s.</source>
        <translation>Кампания не относится к этому каналу.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls). Open it in the spreadsheet program and save it as .xlsx or CSV, then import that.</source>
        <translation>Файл — старая книга Excel (.xls). Откройте её в программе электронных таблиц, сохраните как .xlsx или CSV и импортируйте тот файл.</translation>
    </message>
    <message>
        <source>A workbook is read from a file: save it to disk and import that.</source>
        <translation>Книга читается из файла: сохраните её на диск и импортируйте его.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged. Open it in the spreadsheet program and save it as .xlsx or CSV.</source>
        <translation>Файл не является книгой Excel (.xlsx) или повреждён. Откройте его в программе электронных таблиц и сохраните как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets: %2.</source>
        <translation>В книге нет листа «%1»; её листы: %2.</translation>
    </message>
    <message>
        <source>The file is a web page without a table of rows. Export the list again, or save it as CSV.</source>
        <translation>Файл — веб-страница без таблицы строк. Выгрузите список заново или сохраните его как CSV.</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;; only the administrator adds channels (Settings ▸ Channels). Name one that exists or ask them to add it.</source>
        <translation>Канала «%1» нет; каналы добавляет только администратор (Настройки ▸ Каналы). Укажите существующий канал или попросите его добавить.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot; in this channel; only the administrator adds campaigns (Settings ▸ Channels). Name one that exists or ask them to add it.</source>
        <translation>В этом канале нет кампании «%1»; кампании добавляет только администратор (Настройки ▸ Каналы). Укажите существующую кампанию или попросите её добавить.</translation>
    </message>
</context>
</TS>
