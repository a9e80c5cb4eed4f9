<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;FunnelDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM for companies that sell through a meeting in their office: from ad spend to money in the cash desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::BookingDialog</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardModel</name>
    <message>
        <source>No data: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(95 %: %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still maturing: %1 of these leads are younger than %n day(s), so their conversion will still grow.</source>
        <translation>
            <numerusform>Still maturing: %1 of these leads are younger than %n day, so their conversion will still grow.</numerusform>
            <numerusform>Still maturing: %1 of these leads are younger than %n days, so their conversion will still grow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend and visitors are known per channel and campaign, not per office or employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked of leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived of booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of target arrivals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click for the list of these leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR visitor→lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::Demo</name>
    <message>
        <source>Creating a demo database with a realistic history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database cannot be saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::DrillDownDialog</name>
    <message numerus="yes">
        <source>%1 — %n lead(s)</source>
        <translation>
            <numerusform>%1 — %n lead</numerusform>
            <numerusform>%1 — %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::DrillDownModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; (Russian Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (iCalendar .ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::FollowUpDialog</name>
    <message>
        <source>Sale after follow-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up later — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused after thinking — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close as refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::ImportDialog</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: UTF-8 or Windows-1251, separated by ; , or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk (columns named as the fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrix24 leads export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amoCRM deals export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing if any row is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding, separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bad rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column fills each field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with a BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run to see what would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, repeat requests: %3, updated: %4, already there: %5, bad: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sales (deals in another stage): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written because of the bad rows; fix them or choose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column «%2»: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::LeadCard</name>
    <message>
        <source>Select a lead to see its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, call back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, qualified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsWorkspace</name>
    <message>
        <source>Cannot load the leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::Main</name>
    <message>
        <source>There is no workspace &quot;%1&quot;; the workspaces are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active operator &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active office &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::MainWindow</name>
    <message>
        <source>Demo data: a generated history of a fictional company, for trying FunnelDesk out. Open your own database with File ▸ Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::MarketingWorkspace</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort mode: count only what a lead reached within this many days of its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort: the leads that came in the period, followed to every stage they reached since — conversion of this period&apos;s advertising. Cohorts marked * are still maturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: what happened in the period — leads, bookings, arrivals, sales and payments dated in it, whenever their lead came in. For activity, not for conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: from visitors to money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads, arrivals, sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per target arrival, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report with the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spend and visitors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conversion window: %n day(s)</source>
        <translation>
            <numerusform>Conversion window: %n day</numerusform>
            <numerusform>Conversion window: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: %1; channel: %2; campaign: %3; broken down by: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is still being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk — marketing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend line: CPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend line: cost per target arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend line: ROMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROMI, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPL, ₽</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::Names</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insolvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::NewLeadDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this lead instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone is already in the database.&lt;/b&gt; Open the client&apos;s lead instead of creating a duplicate; a new request within the attribution window is recorded as a repeat touch of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeWorkspace</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in client… (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager at the desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s time has passed and nobody marked whether the client came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cash desk of %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 in %2 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) passed without a mark whether the client came: at the top of the list.</source>
        <translation>
            <numerusform>%n meeting passed without a mark whether the client came: at the top of the list.</numerusform>
            <numerusform>%n meetings passed without a mark whether the client came: at the top of the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times on this page are the office&apos;s local times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is at %2, more than three hours from now. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is on %2, not today. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting on another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::OperatorWorkspace</name>
    <message>
        <source>Call center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who is working at this desk?&lt;/h2&gt;&lt;p&gt;Choose yourself: the queue shows the leads nobody has taken yet and your own, and your calls are credited to you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no operators in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the call (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b01c1c&apos;&gt;%1 new leads wait longer than %2 min&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new lead is within the first-call time of %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, in working order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do in this list right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;not a client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the client&apos;s meeting? The seat becomes free and the lead goes back to the call center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead from a call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::OutcomeDialog</name>
    <message>
        <source>Meeting outcome — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Non-target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept more than is outstanding (&amp;overpayment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Contract %3 · paid %4 · &lt;b&gt;outstanding %5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: %1, contract of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::QueueModel</name>
    <message>
        <source>Request received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::SlotGridModel</name>
    <message>
        <source>Choose a slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: %1 of %2 seats are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is already over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seats taken, %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::SpendDialog</name>
    <message>
        <source>Spend and visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad spend, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type figures or paste a block copied from Excel (Ctrl+V) at the chosen cell; changed cells are yellow until saved (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the figures not saved yet?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::app::SpendGridModel</name>
    <message>
        <source>Spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cell where the pasted block starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit the grid from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::core::Error</name>
    <message>
        <source>The phone number &quot;%1&quot; is not usable: enter 11 digits starting with +7 or 8, or an international number starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot length must be at least 5 minutes and fit in the working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot needs at least one seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office manager needs an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the channel name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the campaign name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign does not belong to the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contract amount, greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting %1 is not this client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 is more than the outstanding %2. Mark it as an overpayment to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed; nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of leads must be between 1 and 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a phone, an email or an external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 does not exist or has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead with the external id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a callback time later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an office slot for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason of the call center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is already %1; only a scheduled or confirmed meeting can be changed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot %1 is already over; choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a manager of the office &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client already has a meeting on %1; reschedule it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot %1 in the office &quot;%2&quot; is full: %3 of %3 seats are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not started yet; a no-show can be marked only after its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-target outcome needs a non-target qualification (insolvent, problematic or out of profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up date later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the client as arrived before recording the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of this meeting is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program. Close it there or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database (it is not a SQLite database file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a SQLite database of another program, not a FunnelDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not accept the required settings (foreign keys, WAL journal, full sync). It may be on a read-only or network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be upgraded from schema version %2: %3. It was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion window must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a slot of the office &quot;%2&quot;: it works %3–%4 in slots of %5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no contract to pay for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has a meeting booked for %1; mark that meeting as arrived instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot decode Windows-1251 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field %2: text after the closing quote of a quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field %2: a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 columns where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet sheet holds at most %1 rows; choose a shorter period or export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings can be exported as a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; for %2; use funneldesk, bitrix24 (leads) or amocrm (leads, deals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has the phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has the external id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal has the external id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use cash, card or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors (a whole number, zero or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 field &quot;%2&quot;; the fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for %1 that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 column that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
