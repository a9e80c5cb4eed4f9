#!/usr/bin/python3
# Makes the XLSX fixtures of the reader's tests: by real producers (openpyxl, Debian's
# python3-openpyxl; LibreOffice Calc, Debian's libreoffice-calc-nogui, when installed) and
# hand-made ones for what they do not write (inline strings, a formula's cached value, the 1904
# date system, a damaged archive, a zip that is not a workbook). The files are kept in the
# repository: the tests need neither program.
# Run from this folder: /usr/bin/python3 make_fixtures.py
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Лиды"
ws.append(["Имя", "Телефон", "Телефон текстом", "Дата", "Время заявки", "Сумма", "Согласие"])
ws.append(["Анна Морозова", 79991234567, "+7 999 123-45-67", datetime.date(2026, 11, 3),
           datetime.datetime(2026, 11, 3, 14, 30), 1500.5, True])
ws.append(["Борис Ёлкин", 89161234567, "8 (916) 123-45-67", datetime.date(1999, 12, 31),
           datetime.datetime(2000, 1, 1, 0, 0, 1), 0, False])
ws["D2"].number_format = "dd.mm.yyyy"
ws["D3"].number_format = "dd.mm.yyyy"
ws["E2"].number_format = "dd.mm.yyyy hh:mm"
ws["E3"].number_format = "dd.mm.yyyy hh:mm:ss"
second = wb.create_sheet("Расходы")
second.append(["День", "Канал", "Расход"])
second.append([datetime.date(2026, 11, 1), "Яндекс Директ", 12500])
wb.save("openpyxl.xlsx")

# A marketer's spend table as kept by hand: a title merged across the table above the header, an
# empty row, and each day merged down over the channels spent on that day.
spend = openpyxl.Workbook()
ws = spend.active
ws.title = "Ноябрь"
ws.append(["Расходы на рекламу, ноябрь 2026"])
ws.merge_cells("A1:D1")
ws.append([])
ws.append(["Дата", "Канал", "Расход", "Посетители"])
ws.append([datetime.date(2026, 11, 1), "Яндекс Директ", 12500, 300])
ws.append([None, "Авито", 3000.5, 120])
ws.append([None, "Сайт", 0, 95])
ws.append([datetime.date(2026, 11, 2), "Яндекс Директ", 11000, 280])
ws.merge_cells("A4:A6")
for row in (4, 7):
    ws.cell(row=row, column=1).number_format = "dd.mm.yyyy"
spend.save("merged.xlsx")

# A workbook as LibreOffice Calc saves it (shared strings, its own styles, formulas with the
# values it computed): written by openpyxl with formulas but no values, then opened and saved
# again by Debian's LibreOffice (libreoffice-calc-nogui) when it is installed.
lo = openpyxl.Workbook()
ws = lo.active
ws.title = "Клиенты"
ws.append(["Имя", "Телефон", "Телефон текстом", "Дата", "Сумма", "Вдвое", "Согласие"])
ws.append(["Анна Морозова", 79991234567, "+7 999 123-45-67", datetime.datetime(2026, 11, 3, 14, 30),
           1500.5, "=E2*2", True])
ws.append([])
ws.append(["Борис Ёлкин", 89161234567, "8 (916) 123-45-67", datetime.date(2026, 2, 28), 7, "=E4*2",
           False])
ws["D2"].number_format = "dd.mm.yyyy hh:mm"
ws["D4"].number_format = "dd.mm.yyyy"
lo.create_sheet("Пусто")["A1"] = "второй лист"
lo.save("for-libreoffice.xlsx")
if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + out + "/profile",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out,
                        "for-libreoffice.xlsx"], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "for-libreoffice.xlsx"), "libreoffice.xlsx")
os.remove("for-libreoffice.xlsx")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="1"/>
<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Second" sheetId="2" r:id="rId2"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/second.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-419]d\\ mmmm\\ yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;day&quot;\\ 0"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>"""
DATA = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="C1" t="inlineStr"><is><r><t>Pho</t></r><r><t>ne</t></r></is></c><c r="D1" t="inlineStr"><is><t>Date</t></is></c><c r="E1" t="inlineStr"><is><t>Total</t></is></c></row>
<row r="2"></row>
<row r="3"><c r="B3"><v></v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> Вера  </t></is></c><c r="C4"><v>7.9991234567E10</v></c><c r="D4" s="1"><v>0</v></c><c r="E4"><f>C4*2</f><v>42</v></c><c r="F4" t="str"><f>A4</f><v>cached text</v></c><c r="G4" t="e"><v>#N/A</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Глеб</t></is></c><c r="D5" s="2"><v>45599.75</v></c><c r="E5" s="3"><v>7</v></c><c r="F5" t="b"><v>1</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
</worksheet>"""
SECOND = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>second sheet</t></is></c></row>
</sheetData></worksheet>"""

def write(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts.items():
            z.writestr(path, text)

write("handmade.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
                        "xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
                        "xl/styles.xml": STYLES, "xl/worksheets/data.xml": DATA,
                        "xl/worksheets/second.xml": SECOND})
write("not-a-workbook.xlsx", {"readme.txt": "a zip archive, but no workbook inside"})
with open("handmade.xlsx", "rb") as f:
    whole = f.read()
with open("damaged.xlsx", "wb") as f:
    f.write(whole[: len(whole) // 2])
