<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FunnelDesk</source>
        <translation>About FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FunnelDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;FunnelDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>CRM for companies that sell through a meeting in their office: from ad spend to money in the cash desk.</source>
        <translation>CRM for companies that sell through a meeting in their office: from ad spend to money in the cash desk.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <source>Open database:</source>
        <translation>Open database:</translation>
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
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>rescheduled to</source>
        <translation>rescheduled to</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>rescheduled</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>arrival marked</source>
        <translation>arrival marked</translation>
    </message>
    <message>
        <source>no-show marked</source>
        <translation>no-show marked</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>outcome recorded</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>disqualified</translation>
    </message>
    <message>
        <source>repeat request</source>
        <translation>repeat request</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <source>login and password set</source>
        <translation>login and password set</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>setting changed</translation>
    </message>
    <message>
        <source>day closed</source>
        <translation>day closed</translation>
    </message>
    <message>
        <source>day opened</source>
        <translation>day opened</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation>own password changed</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>follow-up postponed</source>
        <translation>follow-up postponed</translation>
    </message>
    <message>
        <source>lost after follow-up</source>
        <translation>lost after follow-up</translation>
    </message>
    <message>
        <source>confirmation undone</source>
        <translation>confirmation undone</translation>
    </message>
    <message>
        <source>cancellation undone</source>
        <translation>cancellation undone</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>(a tool)</source>
        <translation>(a tool)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail is written to %1</source>
        <translation>The audit trail is written to %1</translation>
    </message>
    <message>
        <source>duplicate client merged in</source>
        <translation>duplicate client merged in</translation>
    </message>
    <message>
        <source>channel given to leads</source>
        <translation>channel given to leads</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
</context>
<context>
    <name>fd::app::BookingDialog</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation>Earlier (Alt+Left)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation>Later (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Book this slot</source>
        <translation>&amp;Book this slot</translation>
    </message>
    <message>
        <source>any manager</source>
        <translation>any manager</translation>
    </message>
    <message>
        <source>Cancel the &amp;meeting</source>
        <translation>Cancel the &amp;meeting</translation>
    </message>
</context>
<context>
    <name>fd::app::CallOutcomeBar</name>
    <message>
        <source>Note to the call (optional)</source>
        <translation>Note to the call (optional)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>Call back…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refused…</translation>
    </message>
    <message>
        <source>Non-target…</source>
        <translation>Non-target…</translation>
    </message>
    <message>
        <source>Book a meeting…</source>
        <translation>Book a meeting…</translation>
    </message>
    <message>
        <source>Confirm meeting</source>
        <translation>Confirm meeting</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>Call &amp;back at:</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>+3 h</source>
        <translation>+3 h</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>Tomorrow 10:00</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Why &amp;refused:</source>
        <translation>Why &amp;refused:</translation>
    </message>
    <message>
        <source>Why &amp;not a client:</source>
        <translation>Why &amp;not a client:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— choose the reason —</translation>
    </message>
</context>
<context>
    <name>fd::app::CashDeskPanel</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Receive a payment…</source>
        <translation>Receive a payment…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cash desk of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cash desk of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>total %1 in %2 payments</source>
        <translation>total %1 in %2 payments</translation>
    </message>
</context>
<context>
    <name>fd::app::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>fd::app::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Campaigns of the channel and their UTM tags</source>
        <translation>Campaigns of the channel and their UTM tags</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
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
        <translation>Ca&amp;mpaign:</translation>
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
        <translation>New campai&amp;gn</translation>
    </message>
    <message>
        <source>Sa&amp;ve the campaign</source>
        <translation>Sa&amp;ve the campaign</translation>
    </message>
    <message>
        <source>&amp;Put in use</source>
        <translation>&amp;Put in use</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <source>Channel name:</source>
        <translation>Channel name:</translation>
    </message>
    <message>
        <source>Channel added: %1</source>
        <translation>Channel added: %1</translation>
    </message>
    <message>
        <source>Rename the channel</source>
        <translation>Rename the channel</translation>
    </message>
    <message>
        <source>Channel saved: %1</source>
        <translation>Channel saved: %1</translation>
    </message>
    <message>
        <source>Channel in use again: %1</source>
        <translation>Channel in use again: %1</translation>
    </message>
    <message>
        <source>Channel retired: %1</source>
        <translation>Channel retired: %1</translation>
    </message>
    <message>
        <source>Campaign saved: %1</source>
        <translation>Campaign saved: %1</translation>
    </message>
</context>
<context>
    <name>fd::app::CompanyPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>Reports count days in (&amp;time zone):</source>
        <translation>Reports count days in (&amp;time zone):</translation>
    </message>
    <message>
        <source>A repeat request within (&amp;days):</source>
        <translation>A repeat request within (&amp;days):</translation>
    </message>
    <message>
        <source>First call within (&amp;minutes):</source>
        <translation>First call within (&amp;minutes):</translation>
    </message>
    <message>
        <source>Unanswered calls before a lead &amp;rests:</source>
        <translation>Unanswered calls before a lead &amp;rests:</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>&amp;Save the settings</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>fd::app::CompanyWizard</name>
    <message>
        <source>Start my company</source>
        <translation>Start my company</translation>
    </message>
    <message>
        <source>&amp;Create the company</source>
        <translation>&amp;Create the company</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Its name, the time zone its reports count days in, and where its data is kept.</source>
        <translation>Its name, the time zone its reports count days in, and where its data is kept.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Reports count days in:</source>
        <translation>&amp;Reports count days in:</translation>
    </message>
    <message>
        <source>The file is the company&apos;s database on this computer. Keep it in a folder that is backed up; its safety is that of this computer&apos;s account.</source>
        <translation>The file is the company&apos;s database on this computer. Keep it in a folder that is backed up; its safety is that of this computer&apos;s account.</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation>FunnelDesk databases (*.sqlite)</translation>
    </message>
    <message>
        <source>The first office</source>
        <translation>The first office</translation>
    </message>
    <message>
        <source>Where clients come: its working days and hours, how long a meeting slot is and how many clients a slot takes. More offices can be added in Settings.</source>
        <translation>Where clients come: its working days and hours, how long a meeting slot is and how many clients a slot takes. More offices can be added in Settings.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>The person who sets up offices, staff, channels and reasons. Others sign in with the logins the administrator gives them.</source>
        <translation>The person who sets up offices, staff, channels and reasons. Others sign in with the logins the administrator gives them.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;Import leads from a Bitrix24, amoCRM or CSV export now</source>
        <translation>&amp;Import leads from a Bitrix24, amoCRM or CSV export now</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, reports by %2.&lt;/p&gt;&lt;p&gt;Office &lt;b&gt;%3&lt;/b&gt;: %4–%5, slots of %6 min, %7 seat(s).&lt;/p&gt;&lt;p&gt;Administrator: &lt;b&gt;%8&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;File: %9&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, reports by %2.&lt;/p&gt;&lt;p&gt;Office &lt;b&gt;%3&lt;/b&gt;: %4–%5, slots of %6 min, %7 seat(s).&lt;/p&gt;&lt;p&gt;Administrator: &lt;b&gt;%8&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;File: %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; is not a known time zone.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; exists already; choose a new file.</source>
        <translation>The file &quot;%1&quot; exists already; choose a new file.</translation>
    </message>
    <message>
        <source>Choose where the data file is kept.</source>
        <translation>Choose where the data file is kept.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>The folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Data file:</translation>
    </message>
</context>
<context>
    <name>fd::app::ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>A company whose seats share one database keeps it on a PostgreSQL server. Your administrator gives you these values; the password is asked next.</source>
        <translation>A company whose seats share one database keeps it on a PostgreSQL server. Your administrator gives you these values; the password is asked next.</translation>
    </message>
    <message>
        <source>e.g. crm.office.local or 192.168.10.5</source>
        <translation>e.g. crm.office.local or 192.168.10.5</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>Always encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Encrypted, server certificate checked (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protection:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Enter the database&apos;s name.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardCharts</name>
    <message>
        <source>Funnel from %1 visitors to money</source>
        <translation>Funnel from %1 visitors to money</translation>
    </message>
    <message>
        <source>Funnel: from leads to money</source>
        <translation>Funnel: from leads to money</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Target arrivals</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>leads, arrivals, sales</source>
        <translation>leads, arrivals, sales</translation>
    </message>
    <message>
        <source>ROMI, %</source>
        <translation>ROMI, %</translation>
    </message>
    <message>
        <source>cost per target arrival, ₽</source>
        <translation>cost per target arrival, ₽</translation>
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
        <translation>Marketing</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>The file &quot;%1&quot; cannot be written: %2</translation>
    </message>
    <message>
        <source>FunnelDesk — marketing report</source>
        <translation>FunnelDesk — marketing report</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
</context>
<context>
    <name>fd::app::DashboardModel</name>
    <message>
        <source>No data: %1 of %2</source>
        <translation>No data: %1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>(95 %: %1–%2)</source>
        <translation>(95 %: %1–%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
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
        <translation>Spend and visitors are known per channel and campaign, not per office or employee.</translation>
    </message>
    <message>
        <source>Booked of leads: %1</source>
        <translation>Booked of leads: %1</translation>
    </message>
    <message>
        <source>Arrived of booked: %1</source>
        <translation>Arrived of booked: %1</translation>
    </message>
    <message>
        <source>Target of arrived: %1</source>
        <translation>Target of arrived: %1</translation>
    </message>
    <message>
        <source>Sales of target arrivals: %1</source>
        <translation>Sales of target arrivals: %1</translation>
    </message>
    <message>
        <source>Double-click for the list of these leads</source>
        <translation>Double-click for the list of these leads</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>CR visitor→lead</source>
        <translation>CR visitor→lead</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Target arrivals</translation>
    </message>
    <message>
        <source>Cost per target</source>
        <translation>Cost per target</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
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
        <translation>Target of arrived</translation>
    </message>
</context>
<context>
    <name>fd::app::Demo</name>
    <message>
        <source>Creating a demo database with a realistic history…</source>
        <translation>Creating a demo database with a realistic history…</translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation>FunnelDesk</translation>
    </message>
    <message>
        <source>The demo database cannot be saved as &quot;%1&quot;.</source>
        <translation>The demo database cannot be saved as &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fd::app::Dialer</name>
    <message>
        <source>Calling %1 — the call started now</source>
        <translation>Calling %1 — the call started now</translation>
    </message>
    <message>
        <source>No softphone takes calls on this computer: %1 is copied, paste it into your phone</source>
        <translation>No softphone takes calls on this computer: %1 is copied, paste it into your phone</translation>
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
        <translation>Created</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>fd::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation>Deals (sales)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>; (Russian Excel)</source>
        <translation>; (Russian Excel)</translation>
    </message>
    <message>
        <source>The whole history</source>
        <translation>The whole history</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation>CSV &amp;separator:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <source>Calendar (iCalendar .ics)</source>
        <translation>Calendar (iCalendar .ics)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
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
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than a spreadsheet cell holds were shortened, ending in «…».</source>
        <translation>
            <numerusform>%n text longer than a spreadsheet cell holds was shortened, ending in «…».</numerusform>
            <numerusform>%n texts longer than a spreadsheet cell holds were shortened, ending in «…».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::FirstStart</name>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>FunnelDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Northwind Dental</source>
        <translation>Northwind Dental</translation>
    </message>
    <message>
        <source>Main office</source>
        <translation>Main office</translation>
    </message>
</context>
<context>
    <name>fd::app::FirstStartDialog</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation>Welcome to FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to FunnelDesk&lt;/h3&gt;&lt;p&gt;Leads, calls, meetings in the office and the money they bring, in one place. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to FunnelDesk&lt;/h3&gt;&lt;p&gt;Leads, calls, meetings in the office and the money they bring, in one place. How would you like to start?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the demo company</source>
        <translation>Try the demo company</translation>
    </message>
    <message>
        <source>A fictional company with a year of history; sign in as any role (password &quot;%1&quot;).</source>
        <translation>A fictional company with a year of history; sign in as any role (password &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Start my company</source>
        <translation>Start my company</translation>
    </message>
    <message>
        <source>Your company&apos;s name, its first office and its administrator; then import your leads or start taking them.</source>
        <translation>Your company&apos;s name, its first office and its administrator; then import your leads or start taking them.</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Open a database file…</translation>
    </message>
</context>
<context>
    <name>fd::app::FollowUpDialog</name>
    <message>
        <source>Sale after follow-up — %1</source>
        <translation>Sale after follow-up — %1</translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation>rubles, e.g. 120 000</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>Contract &amp;amount:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Record the sale</source>
        <translation>&amp;Record the sale</translation>
    </message>
    <message>
        <source>Follow up later — %1</source>
        <translation>Follow up later — %1</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Follow up on:</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>&amp;Postpone</translation>
    </message>
    <message>
        <source>Refused after thinking — %1</source>
        <translation>Refused after thinking — %1</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Close as refused</source>
        <translation>&amp;Close as refused</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Choose the reason.</translation>
    </message>
</context>
<context>
    <name>fd::app::FollowUpPanel</name>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Sale…</source>
        <translation>Sale…</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Later…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refused…</translation>
    </message>
</context>
<context>
    <name>fd::app::GuideWindow</name>
    <message>
        <source>FunnelDesk user guide</source>
        <translation>FunnelDesk user guide</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>&amp;Forward ▶</translation>
    </message>
</context>
<context>
    <name>fd::app::HealthWorkspace</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Own dates</source>
        <translation>Own dates</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>What is missing, and who fixes it</source>
        <translation>What is missing, and who fixes it</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Enter or a double click opens the records behind a row</source>
        <translation>Enter or a double click opens the records behind a row</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>As marked</source>
        <translation>As marked</translation>
    </message>
    <message>
        <source>With the gaps filled</source>
        <translation>With the gaps filled</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bonus as marked</source>
        <translation>Bonus as marked</translation>
    </message>
    <message>
        <source>Bonus could be</source>
        <translation>Bonus could be</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Data health</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the gaps do to the numbers of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;What the gaps do to the numbers of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;No gaps: the period&apos;s numbers stand on complete marks&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;No gaps: the period&apos;s numbers stand on complete marks&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gap(s) to fix&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n gap to fix&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n gaps to fix&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) unmarked</source>
        <translation>
            <numerusform>%n record unmarked</numerusform>
            <numerusform>%n records unmarked</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ a step of the bonus scheme lies in this range: the missing marks decide it</source>
        <translation>⚠ a step of the bonus scheme lies in this range: the missing marks decide it</translation>
    </message>
    <message>
        <source>The gaps move no KPI of the month</source>
        <translation>The gaps move no KPI of the month</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meeting(s) as no-shows…</source>
        <translation>
            <numerusform>Mark %n meeting as no-shows…</numerusform>
            <numerusform>Mark %n meetings as no-shows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate client(s)…</source>
        <translation>
            <numerusform>Merge %n duplicate client…</numerusform>
            <numerusform>Merge %n duplicate clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n lead(s) a channel…</source>
        <translation>
            <numerusform>Give %n lead a channel…</numerusform>
            <numerusform>Give %n leads a channel…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads&apos; channel</source>
        <translation>The leads&apos; channel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <source>Fix in bulk</source>
        <translation>Fix in bulk</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meeting(s) whose time has passed as no-shows? The clients did not come, as far as anyone knows.</source>
        <translation>
            <numerusform>Mark %n meeting whose time has passed as no-shows? The clients did not come, as far as anyone knows.</numerusform>
            <numerusform>Mark %n meetings whose time has passed as no-shows? The clients did not come, as far as anyone knows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) marked as no-shows</source>
        <translation>
            <numerusform>%n meeting marked as no-shows</numerusform>
            <numerusform>%n meetings marked as no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate client(s) into the older contact with the same phone or e-mail? Every lead, call, meeting and payment stays, under the kept client.</source>
        <translation>
            <numerusform>Merge %n duplicate client into the older contact with the same phone or e-mail? Every lead, call, meeting and payment stays, under the kept client.</numerusform>
            <numerusform>Merge %n duplicate clients into the older contact with the same phone or e-mail? Every lead, call, meeting and payment stays, under the kept client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate client(s) merged</source>
        <translation>
            <numerusform>%n duplicate client merged</numerusform>
            <numerusform>%n duplicate clients merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) given a channel</source>
        <translation>
            <numerusform>%n lead given a channel</numerusform>
            <numerusform>%n leads given a channel</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the &amp;office</source>
        <translation>Open in the &amp;office</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>fd::app::ImportDialog</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals (sales)</source>
        <translation>Deals (sales)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Ad spend per day</source>
        <translation>Ad spend per day</translation>
    </message>
    <message>
        <source>Site visitors per day</source>
        <translation>Site visitors per day</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>FunnelDesk (columns named as the fields)</source>
        <translation>FunnelDesk (columns named as the fields)</translation>
    </message>
    <message>
        <source>Bitrix24 leads export</source>
        <translation>Bitrix24 leads export</translation>
    </message>
    <message>
        <source>amoCRM deals export</source>
        <translation>amoCRM deals export</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Write nothing if any row is bad</source>
        <translation>Write nothing if any row is bad</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Skip bad rows and import the rest</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;What the file holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Column &amp;preset:</source>
        <translation>Column &amp;preset:</translation>
    </message>
    <message>
        <source>&amp;Bad rows:</source>
        <translation>&amp;Bad rows:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>First rows as read:</translation>
    </message>
    <message>
        <source>Which column fills each field:</source>
        <translation>Which column fills each field:</translation>
    </message>
    <message>
        <source>Chec&amp;k (dry run)</source>
        <translation>Chec&amp;k (dry run)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation>read as %1, separated by %2</translation>
    </message>
    <message>
        <source> with a BOM</source>
        <translation> with a BOM</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>The file has no header row.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Also read from: %1</source>
        <translation>Also read from: %1</translation>
    </message>
    <message>
        <source>Check the columns, then run a dry run to see what would be imported.</source>
        <translation>Check the columns, then run a dry run to see what would be imported.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2, repeat requests: %3, updated: %4, already there: %5, bad: %6.</source>
        <translation>Rows read: %1. New: %2, repeat requests: %3, updated: %4, already there: %5, bad: %6.</translation>
    </message>
    <message>
        <source>Not sales (deals in another stage): %1.</source>
        <translation>Not sales (deals in another stage): %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written because of the bad rows; fix them or choose to skip them.</source>
        <translation>Nothing was written because of the bad rows; fix them or choose to skip them.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column «%2»: %3</source>
        <translation>Row %1, column «%2»: %3</translation>
    </message>
    <message>
        <source>read as the table of a web page (Bitrix24&apos;s export to Excel)</source>
        <translation>read as the table of a web page (Bitrix24&apos;s export to Excel)</translation>
    </message>
    <message>
        <source>Row %1, cell %2, column «%3»: %4</source>
        <translation>Row %1, cell %2, column «%3»: %4</translation>
    </message>
    <message>
        <source>read as an Excel workbook (.xlsx)</source>
        <translation>read as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook (.xlsx) or Bitrix24&apos;s export to Excel (.xls)</source>
        <translation>A CSV file, an Excel workbook (.xlsx) or Bitrix24&apos;s export to Excel (.xls)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>File format:</source>
        <translation>File format:</translation>
    </message>
    <message>
        <source>CSV files and spreadsheets (*.csv *.txt *.xlsx *.xls *.htm *.html);;All files (*)</source>
        <translation>CSV files and spreadsheets (*.csv *.txt *.xlsx *.xls *.htm *.html);;All files (*)</translation>
    </message>
</context>
<context>
    <name>fd::app::KeyButton</name>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
</context>
<context>
    <name>fd::app::KpiModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Target arrivals</source>
        <translation>Target arrivals</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>Money received</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>Lead → target</source>
        <translation>Lead → target</translation>
    </message>
    <message>
        <source>Show-up</source>
        <translation>Show-up</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Close rate</translation>
    </message>
    <message>
        <source>Cost per target arrival</source>
        <translation>Cost per target arrival</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>How the bonus is made</source>
        <translation>How the bonus is made</translation>
    </message>
    <message>
        <source>no plan, no change</source>
        <translation>no plan, no change</translation>
    </message>
    <message>
        <source>no figure, no change</source>
        <translation>no figure, no change</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % of %2</translation>
    </message>
    <message>
        <source>×%1 at %2 % of plan</source>
        <translation>×%1 at %2 % of plan</translation>
    </message>
    <message>
        <source>, up to the cap of %1</source>
        <translation>, up to the cap of %1</translation>
    </message>
    <message>
        <source>%1 against %2: ×%3</source>
        <translation>%1 against %2: ×%3</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1: %2, 95 % interval %3–%4</source>
        <translation>%1: %2, 95 % interval %3–%4</translation>
    </message>
    <message>
        <source>Where %1 is heading by the month&apos;s end, with a 95 % range</source>
        <translation>Where %1 is heading by the month&apos;s end, with a 95 % range</translation>
    </message>
    <message>
        <source>The bonus if the month ends as forecast</source>
        <translation>The bonus if the month ends as forecast</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Manager, office</source>
        <translation>Manager, office</translation>
    </message>
    <message>
        <source>Plan, done</source>
        <translation>Plan, done</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>At forecast</source>
        <translation>At forecast</translation>
    </message>
    <message>
        <source>Leads worked</source>
        <translation>Leads worked</translation>
    </message>
    <message>
        <source>Median minutes to the first call</source>
        <translation>Median minutes to the first call</translation>
    </message>
    <message>
        <source>Non-target share of arrivals</source>
        <translation>Non-target share of arrivals</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>Sales after a follow-up</source>
        <translation>Sales after a follow-up</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Visitor → lead</source>
        <translation>Visitor → lead</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Cost per lead</translation>
    </message>
    <message>
        <source>Cost per sale (CAC)</source>
        <translation>Cost per sale (CAC)</translation>
    </message>
    <message>
        <source>ROMI</source>
        <translation>ROMI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Per target</source>
        <translation>Per target</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>1st call, min</source>
        <translation>1st call, min</translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation>Non-target</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>After follow-up</source>
        <translation>After follow-up</translation>
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
        <translation>the month&apos;s leads, by every stage they reached by now (cohort)</translation>
    </message>
    <message>
        <source>what happened in the month (period)</source>
        <translation>what happened in the month (period)</translation>
    </message>
    <message>
        <source>₽%1 M</source>
        <translation>₽%1 M</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>so far, plus %1 meetings booked for the rest of the month times %2 of the last 8 weeks, plus the meetings still to be booked at the last 8 weeks&apos; pace</source>
        <translation>so far, plus %1 meetings booked for the rest of the month times %2 of the last 8 weeks, plus the meetings still to be booked at the last 8 weeks&apos; pace</translation>
    </message>
    <message>
        <source>so far, plus %1 expected arrivals times a %2 close rate, plus %3 follow-ups due times %4 of follow-ups that ended in a sale in the last 8 weeks</source>
        <translation>so far, plus %1 expected arrivals times a %2 close rate, plus %3 follow-ups due times %4 of follow-ups that ended in a sale in the last 8 weeks</translation>
    </message>
    <message>
        <source>so far, at this month&apos;s pace over %1 working days gone, for %2 working days left</source>
        <translation>so far, at this month&apos;s pace over %1 working days gone, for %2 working days left</translation>
    </message>
    <message>
        <source>the forecast spend over the forecast target arrivals</source>
        <translation>the forecast spend over the forecast target arrivals</translation>
    </message>
    <message>
        <source>%1 by the month&apos;s end, between %2 and %3 (95 %): %4</source>
        <translation>%1 by the month&apos;s end, between %2 and %3 (95 %): %4</translation>
    </message>
</context>
<context>
    <name>fd::app::KpiWorkspace</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Copy last month&apos;s &amp;plans</source>
        <translation>Copy last month&apos;s &amp;plans</translation>
    </message>
    <message>
        <source>&amp;Call center</source>
        <translation>&amp;Call center</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>M&amp;arketing</source>
        <translation>M&amp;arketing</translation>
    </message>
    <message>
        <source>&amp;Bonuses</source>
        <translation>&amp;Bonuses</translation>
    </message>
    <message>
        <source>KPI and bonuses</source>
        <translation>KPI and bonuses</translation>
    </message>
    <message>
        <source>Closed %1: the figures are frozen as they were paid.</source>
        <translation>Closed %1: the figures are frozen as they were paid.</translation>
    </message>
    <message>
        <source>Open: the figures follow the data. Bonuses to pay: %1</source>
        <translation>Open: the figures follow the data. Bonuses to pay: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen the month…</source>
        <translation>&amp;Reopen the month…</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Close the month…</translation>
    </message>
    <message>
        <source>Close %1? Its KPIs and bonuses are frozen as they stand now; anything recorded for it later shows as an adjustment in the next month.</source>
        <translation>Close %1? Its KPIs and bonuses are frozen as they stand now; anything recorded for it later shows as an adjustment in the next month.</translation>
    </message>
    <message>
        <source>Reopen %1? Its figures will follow the data again until it is closed anew.</source>
        <translation>Reopen %1? Its figures will follow the data again until it is closed anew.</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Reopen the month</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 is closed</translation>
    </message>
    <message>
        <source>%1 is open again</source>
        <translation>%1 is open again</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) copied from the month before</source>
        <translation>
            <numerusform>%n plan copied from the month before</numerusform>
            <numerusform>%n plans copied from the month before</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;lans…</source>
        <translation>P&amp;lans…</translation>
    </message>
    <message>
        <source>Plans for %1 saved</source>
        <translation>Plans for %1 saved</translation>
    </message>
    <message>
        <source>Bonus &amp;schemes…</source>
        <translation>Bonus &amp;schemes…</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The bonus scheme from %1 is saved</source>
        <translation>The bonus scheme from %1 is saved</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>The payroll sheet as Excel or CSV, or the KPI tabs as PDF</source>
        <translation>The payroll sheet as Excel or CSV, or the KPI tabs as PDF</translation>
    </message>
    <message>
        <source>Export the payroll or the KPI tabs</source>
        <translation>Export the payroll or the KPI tabs</translation>
    </message>
    <message>
        <source>Payroll, Excel workbook (*.xlsx);;Payroll, CSV (*.csv);;KPI tabs, PDF (*.pdf)</source>
        <translation>Payroll, Excel workbook (*.xlsx);;Payroll, CSV (*.csv);;KPI tabs, PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>FunnelDesk — KPI and bonuses, %1</source>
        <translation>FunnelDesk — KPI and bonuses, %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>The file &quot;%1&quot; cannot be written: %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) of this month are still missing — Data health lists them:</source>
        <translation>
            <numerusform>%n mark of this month is still missing — Data health lists them:</numerusform>
            <numerusform>%n marks of this month are still missing — Data health lists them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month with these gaps?</source>
        <translation>Close the month with these gaps?</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadCard</name>
    <message>
        <source>Select a lead to see its card.</source>
        <translation>Select a lead to see its card.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Repeat requests: %1</source>
        <translation>Repeat requests: %1</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message>
        <source>, call back %1</source>
        <translation>, call back %1</translation>
    </message>
    <message>
        <source>Meeting booked for %1</source>
        <translation>Meeting booked for %1</translation>
    </message>
    <message>
        <source>Meeting confirmed</source>
        <translation>Meeting confirmed</translation>
    </message>
    <message>
        <source>Came to the office</source>
        <translation>Came to the office</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>, qualified %1</source>
        <translation>, qualified %1</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>amount unknown</translation>
    </message>
    <message>
        <source>Contract signed: %1</source>
        <translation>Contract signed: %1</translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation>Payment %1 (%2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>fd::app::LeadsWorkspace</name>
    <message>
        <source>Cannot load the leads: %1</source>
        <translation>Cannot load the leads: %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Search by name, phone or email (Ctrl+F)</source>
        <translation>Search by name, phone or email (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the leads…</source>
        <translation>Counting the leads…</translation>
    </message>
    <message>
        <source>Erase the client&apos;s personal data…</source>
        <translation>Erase the client&apos;s personal data…</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>this client</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?

Their name, phone numbers, e-mail, notes and the text of their requests are destroyed and cannot be brought back. Their leads, meetings, contracts and payments stay in the numbers as anonymous records, and the audit trail records who erased them.</source>
        <translation>Erase the personal data of %1?

Their name, phone numbers, e-mail, notes and the text of their requests are destroyed and cannot be brought back. Their leads, meetings, contracts and payments stay in the numbers as anonymous records, and the audit trail records who erased them.</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased: client %1, %n lead(s) kept as anonymous records</source>
        <translation>
            <numerusform>Personal data erased: client %1, %n lead kept as an anonymous record</numerusform>
            <numerusform>Personal data erased: client %1, %n leads kept as anonymous records</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing the client&apos;s personal data…</source>
        <translation>Erasing the client&apos;s personal data…</translation>
    </message>
</context>
<context>
    <name>fd::app::Main</name>
    <message>
        <source>There is no workspace &quot;%1&quot;; the workspaces are: %2.</source>
        <translation>There is no workspace &quot;%1&quot;; the workspaces are: %2.</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is not available in this version.</source>
        <translation>The workspace &quot;%1&quot; is not available in this version.</translation>
    </message>
    <message>
        <source>There is no active operator &quot;%1&quot; in this database.</source>
        <translation>There is no active operator &quot;%1&quot; in this database.</translation>
    </message>
    <message>
        <source>There is no active office &quot;%1&quot; in this database.</source>
        <translation>There is no active office &quot;%1&quot; in this database.</translation>
    </message>
</context>
<context>
    <name>fd::app::MainWindow</name>
    <message>
        <source>Demo data: a generated history of a fictional company, for trying FunnelDesk out. Open your own database with File ▸ Open.</source>
        <translation>Demo data: a generated history of a fictional company, for trying FunnelDesk out. Open your own database with File ▸ Open.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;demo database</source>
        <translation>Open &amp;demo database</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>FunnelDesk — %1</source>
        <translation>FunnelDesk — %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>There is no workspace to show.</source>
        <translation>There is no workspace to show.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>FunnelDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation>&amp;About FunnelDesk</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Your password is changed</source>
        <translation>Your password is changed</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>FunnelDesk — %1 — %2</source>
        <translation>FunnelDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>FunnelDesk database (*.sqlite)</source>
        <translation>FunnelDesk database (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>The database is copied to %1 and the copy is checked.</source>
        <translation>The database is copied to %1 and the copy is checked.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>FunnelDesk database (*.sqlite);;All files (*)</source>
        <translation>FunnelDesk database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Put the copy %1 (of %2) in the place of the database %3?

Everything entered since the copy was made is then no longer in the database; the current file is kept beside it, named ….replaced-DATE-TIME.</source>
        <translation>Put the copy %1 (of %2) in the place of the database %3?

Everything entered since the copy was made is then no longer in the database; the current file is kept beside it, named ….replaced-DATE-TIME.</translation>
    </message>
    <message>
        <source>The database is restored from the copy.</source>
        <translation>The database is restored from the copy.</translation>
    </message>
    <message>
        <source>The database is restored from the copy; the file it replaced is kept as %1.</source>
        <translation>The database is restored from the copy; the file it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>fd::app::MarketingWorkspace</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>no window</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Cohort mode: count only what a lead reached within this many days of its request.</source>
        <translation>Cohort mode: count only what a lead reached within this many days of its request.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>No breakdown</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Cohort: the leads that came in the period, followed to every stage they reached since — conversion of this period&apos;s advertising. Cohorts marked * are still maturing.</source>
        <translation>Cohort: the leads that came in the period, followed to every stage they reached since — conversion of this period&apos;s advertising. Cohorts marked * are still maturing.</translation>
    </message>
    <message>
        <source>Period: what happened in the period — leads, bookings, arrivals, sales and payments dated in it, whenever their lead came in. For activity, not for conversion.</source>
        <translation>Period: what happened in the period — leads, bookings, arrivals, sales and payments dated in it, whenever their lead came in. For activity, not for conversion.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>The period must start before it ends.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>Nothing happened in this period.</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <translation>Computed in %1 ms</translation>
    </message>
    <message>
        <source>Listing the leads…</source>
        <translation>Listing the leads…</translation>
    </message>
    <message>
        <source>Listed in %1 ms</source>
        <translation>Listed in %1 ms</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel workbook (XLSX)…</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV for Excel…</translation>
    </message>
    <message>
        <source>PDF report with the charts…</source>
        <translation>PDF report with the charts…</translation>
    </message>
    <message>
        <source>&amp;Spend and visitors…</source>
        <translation>&amp;Spend and visitors…</translation>
    </message>
    <message>
        <source>Period: %1 — %2</source>
        <translation>Period: %1 — %2</translation>
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
        <translation>Office: %1; channel: %2; campaign: %3; broken down by: %4</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The report is still being computed.</source>
        <translation>The report is still being computed.</translation>
    </message>
    <message>
        <source>Trend line: CPL</source>
        <translation>Trend line: CPL</translation>
    </message>
    <message>
        <source>Trend line: cost per target arrival</source>
        <translation>Trend line: cost per target arrival</translation>
    </message>
    <message>
        <source>Trend line: ROMI</source>
        <translation>Trend line: ROMI</translation>
    </message>
    <message>
        <source>Other seats changed the data since these figures were counted. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt; (F5)</source>
        <translation>Other seats changed the data since these figures were counted. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt; (F5)</translation>
    </message>
</context>
<context>
    <name>fd::app::MonthPanel</name>
    <message>
        <source> of %1 planned (%2 %)</source>
        <translation> of %1 planned (%2 %)</translation>
    </message>
    <message>
        <source>%1 so far — %2 · %3: %4 · bonus so far: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 so far — %2 · %3: %4 · bonus so far: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the same numbers as the KPI workspace; target arrivals and sales count this month&apos;s events, the rates this month&apos;s leads.</source>
        <translation>From the same numbers as the KPI workspace; target arrivals and sales count this month&apos;s events, the rates this month&apos;s leads.</translation>
    </message>
    <message>
        <source> · forecast: %1, bonus %2</source>
        <translation> · forecast: %1, bonus %2</translation>
    </message>
</context>
<context>
    <name>fd::app::Names</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation>Non-target</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <source>asked to call back</source>
        <translation>asked to call back</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>not a client</source>
        <translation>not a client</translation>
    </message>
    <message>
        <source>booked a meeting</source>
        <translation>booked a meeting</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>rescheduled</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>thinking</translation>
    </message>
    <message>
        <source>non-target</source>
        <translation>non-target</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>insolvent</source>
        <translation>insolvent</translation>
    </message>
    <message>
        <source>problematic</source>
        <translation>problematic</translation>
    </message>
    <message>
        <source>out of profile</source>
        <translation>out of profile</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>office manager</source>
        <translation>office manager</translation>
    </message>
    <message>
        <source>marketer</source>
        <translation>marketer</translation>
    </message>
    <message>
        <source>head of company</source>
        <translation>head of company</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>fd::app::NewLeadDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Open this lead instead</source>
        <translation>&amp;Open this lead instead</translation>
    </message>
    <message>
        <source>&amp;Create lead</source>
        <translation>&amp;Create lead</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone is already in the database.&lt;/b&gt; Open the client&apos;s lead instead of creating a duplicate; a new request within the attribution window is recorded as a repeat touch of it.</source>
        <translation>&lt;b&gt;This phone is already in the database.&lt;/b&gt; Open the client&apos;s lead instead of creating a duplicate; a new request within the attribution window is recorded as a repeat touch of it.</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeDayPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>The meeting&apos;s time has passed and nobody marked whether the client came.</source>
        <translation>The meeting&apos;s time has passed and nobody marked whether the client came.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) passed without a mark whether the client came: at the top of the list.</source>
        <translation>
            <numerusform>%n meeting passed without a mark whether the client came: at the top of the list.</numerusform>
            <numerusform>%n meetings passed without a mark whether the client came: at the top of the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeForm</name>
    <message>
        <source>Office &amp;name:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Working days:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation>&amp;Slot length:</translation>
    </message>
    <message>
        <source>S&amp;eats per slot:</source>
        <translation>S&amp;eats per slot:</translation>
    </message>
    <message>
        <source>The office receives clients</source>
        <translation>The office receives clients</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficeWorkspace</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Walk-in client… (Ins)</source>
        <translation>Walk-in client… (Ins)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Manager at the desk:</source>
        <translation>&amp;Manager at the desk:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Cash desk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation>Reschedule the meeting</translation>
    </message>
    <message>
        <source>Walk-in client</source>
        <translation>Walk-in client</translation>
    </message>
    <message>
        <source>Times on this page are the office&apos;s local times.</source>
        <translation>Times on this page are the office&apos;s local times.</translation>
    </message>
    <message>
        <source>office time %1</source>
        <translation>office time %1</translation>
    </message>
    <message>
        <source>The meeting of %1 is at %2, more than three hours from now. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation>The meeting of %1 is at %2, more than three hours from now. Mark it as &quot;%3&quot; anyway? The time recorded is now.</translation>
    </message>
    <message>
        <source>The meeting of %1 is on %2, not today. Mark it as &quot;%3&quot; anyway? The time recorded is now.</source>
        <translation>The meeting of %1 is on %2, not today. Mark it as &quot;%3&quot; anyway? The time recorded is now.</translation>
    </message>
    <message>
        <source>Meeting on another day</source>
        <translation>Meeting on another day</translation>
    </message>
    <message>
        <source>&amp;Mark anyway</source>
        <translation>&amp;Mark anyway</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Keep as it is</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outcome saved — %1</source>
        <translation>Outcome saved — %1</translation>
    </message>
    <message>
        <source>Meeting moved — %1</source>
        <translation>Meeting moved — %1</translation>
    </message>
    <message>
        <source>Payment received — %1</source>
        <translation>Payment received — %1</translation>
    </message>
    <message>
        <source>Walk-in client saved</source>
        <translation>Walk-in client saved</translation>
    </message>
    <message>
        <source>Follow-up saved — %1</source>
        <translation>Follow-up saved — %1</translation>
    </message>
</context>
<context>
    <name>fd::app::OfficesPage</name>
    <message>
        <source>&amp;New office</source>
        <translation>&amp;New office</translation>
    </message>
    <message>
        <source>&amp;Save the office</source>
        <translation>&amp;Save the office</translation>
    </message>
    <message>
        <source>Closed days (holidays)</source>
        <translation>Closed days (holidays)</translation>
    </message>
    <message>
        <source>&amp;Close this day</source>
        <translation>&amp;Close this day</translation>
    </message>
    <message>
        <source>&amp;Open the selected day</source>
        <translation>&amp;Open the selected day</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>Office added: %1</source>
        <translation>Office added: %1</translation>
    </message>
    <message>
        <source>Office saved: %1</source>
        <translation>Office saved: %1</translation>
    </message>
    <message>
        <source>%1 is closed on %2</source>
        <translation>%1 is closed on %2</translation>
    </message>
    <message>
        <source>%1 works on %2 again</source>
        <translation>%1 works on %2 again</translation>
    </message>
</context>
<context>
    <name>fd::app::OperatorWorkspace</name>
    <message>
        <source>Call center</source>
        <translation>Call center</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who is working at this desk?&lt;/h2&gt;&lt;p&gt;Choose yourself: the queue shows the leads nobody has taken yet and your own, and your calls are credited to you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Who is working at this desk?&lt;/h2&gt;&lt;p&gt;Choose yourself: the queue shows the leads nobody has taken yet and your own, and your calls are credited to you.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Start working</translation>
    </message>
    <message>
        <source>There are no operators in this database yet.</source>
        <translation>There are no operators in this database yet.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>New lead (Ins)</source>
        <translation>New lead (Ins)</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Operator: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Operator: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b01c1c&apos;&gt;%1 new leads wait longer than %2 min&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b01c1c&apos;&gt;%1 new leads wait longer than %2 min&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every new lead is within the first-call time of %1 min</source>
        <translation>Every new lead is within the first-call time of %1 min</translation>
    </message>
    <message>
        <source>Nothing to do in this list right now.</source>
        <translation>Nothing to do in this list right now.</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Book a meeting</translation>
    </message>
    <message>
        <source>Reschedule the meeting</source>
        <translation>Reschedule the meeting</translation>
    </message>
    <message>
        <source>Cancel the client&apos;s meeting? The seat becomes free and the lead goes back to the call center.</source>
        <translation>Cancel the client&apos;s meeting? The seat becomes free and the lead goes back to the call center.</translation>
    </message>
    <message>
        <source>New lead from a call</source>
        <translation>New lead from a call</translation>
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
        <translation>%1 — %2, next call in %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Meeting booked — %1</source>
        <translation>Meeting booked — %1</translation>
    </message>
    <message>
        <source>Meeting confirmed — %1</source>
        <translation>Meeting confirmed — %1</translation>
    </message>
    <message>
        <source>Meeting cancelled — %1</source>
        <translation>Meeting cancelled — %1</translation>
    </message>
    <message>
        <source>Meeting moved — %1</source>
        <translation>Meeting moved — %1</translation>
    </message>
    <message>
        <source>New lead saved — %1</source>
        <translation>New lead saved — %1</translation>
    </message>
</context>
<context>
    <name>fd::app::OutcomeDialog</name>
    <message>
        <source>Meeting outcome — %1</source>
        <translation>Meeting outcome — %1</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Sale</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Thinking</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <source>&amp;Non-target</source>
        <translation>&amp;Non-target</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>&amp;Qualification:</translation>
    </message>
    <message>
        <source>rubles, e.g. 120 000</source>
        <translation>rubles, e.g. 120 000</translation>
    </message>
    <message>
        <source>Contract &amp;amount:</source>
        <translation>Contract &amp;amount:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Follow up on:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Sa&amp;ve outcome</source>
        <translation>Sa&amp;ve outcome</translation>
    </message>
</context>
<context>
    <name>fd::app::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Accept more than is outstanding (&amp;overpayment)</source>
        <translation>Accept more than is outstanding (&amp;overpayment)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Paid at:</source>
        <translation>&amp;Paid at:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Receive payment</source>
        <translation>&amp;Receive payment</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Contract %3 · paid %4 · &lt;b&gt;outstanding %5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Contract %3 · paid %4 · &lt;b&gt;outstanding %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>amount unknown</translation>
    </message>
    <message>
        <source>Payment: %1, contract of %2</source>
        <translation>Payment: %1, contract of %2</translation>
    </message>
    <message>
        <source>&amp;Paid at (office time %1):</source>
        <translation>&amp;Paid at (office time %1):</translation>
    </message>
</context>
<context>
    <name>fd::app::PlansDialog</name>
    <message>
        <source>Plans for %1</source>
        <translation>Plans for %1</translation>
    </message>
    <message>
        <source>Type the plans or paste them from a spreadsheet (Ctrl+V from the selected cell). Money in rubles. An empty cell sets no plan.</source>
        <translation>Type the plans or paste them from a spreadsheet (Ctrl+V from the selected cell). Money in rubles. An empty cell sets no plan.</translation>
    </message>
    <message>
        <source>Marketing (the department)</source>
        <translation>Marketing (the department)</translation>
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
        <translation>Request received %1</translation>
    </message>
    <message>
        <source>%1 (late %2)</source>
        <translation>%1 (late %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Call back at</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Missed meeting</source>
        <translation>Missed meeting</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>fd::app::QueuePanel</name>
    <message>
        <source>New leads</source>
        <translation>New leads</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, in working order.</source>
        <translation>Showing the first %1 of %2, in working order.</translation>
    </message>
</context>
<context>
    <name>fd::app::ReasonsPage</name>
    <message>
        <source>Why the call center loses a lead</source>
        <translation>Why the call center loses a lead</translation>
    </message>
    <message>
        <source>Why a client leaves the office without buying</source>
        <translation>Why a client leaves the office without buying</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Retire / restore</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>New reason</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Reason added: %1</source>
        <translation>Reason added: %1</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>Rename the reason</translation>
    </message>
    <message>
        <source>Reason saved: %1</source>
        <translation>Reason saved: %1</translation>
    </message>
    <message>
        <source>Reason offered again: %1</source>
        <translation>Reason offered again: %1</translation>
    </message>
    <message>
        <source>Reason retired: %1</source>
        <translation>Reason retired: %1</translation>
    </message>
    <message>
        <source>Reason moved: %1</source>
        <translation>Reason moved: %1</translation>
    </message>
</context>
<context>
    <name>fd::app::SchemeDialog</name>
    <message>
        <source>per unit</source>
        <translation>per unit</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>steps by plan</source>
        <translation>steps by plan</translation>
    </message>
    <message>
        <source>quality gate</source>
        <translation>quality gate</translation>
    </message>
    <message>
        <source>Bonus scheme from %1</source>
        <translation>Bonus scheme from %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Rules apply in order, each to the bonus so far. Amounts and caps in rubles; steps as &quot;completion:multiplier&quot; pairs (0:0; 0.8:1; 1:1.2); a gate without a threshold compares with the plan.</source>
        <translation>Rules apply in order, each to the bonus so far. Amounts and caps in rubles; steps as &quot;completion:multiplier&quot; pairs (0:0; 0.8:1; 1:1.2); a gate without a threshold compares with the plan.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Amount per unit</source>
        <translation>Amount per unit</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>&amp;Add a rule</source>
        <translation>&amp;Add a rule</translation>
    </message>
    <message>
        <source>Re&amp;move the rule</source>
        <translation>Re&amp;move the rule</translation>
    </message>
    <message>
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <source>Rule %1: a number is not written as a number.</source>
        <translation>Rule %1: a number is not written as a number.</translation>
    </message>
</context>
<context>
    <name>fd::app::ServerSignInDialog</name>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>Sign in to FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your login and password are checked by the company&apos;s server.</source>
        <translation>Your login and password are checked by the company&apos;s server.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>fd::app::SettingsWorkspace</name>
    <message>
        <source>You can read the settings; only the administrator changes them.</source>
        <translation>You can read the settings; only the administrator changes them.</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Offices</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>C&amp;hannels and campaigns</source>
        <translation>C&amp;hannels and campaigns</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>Com&amp;pany</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The database can only be read: nothing here can be changed.</source>
        <translation>The database can only be read: nothing here can be changed.</translation>
    </message>
</context>
<context>
    <name>fd::app::SignInDialog</name>
    <message>
        <source>Sign in to FunnelDesk</source>
        <translation>Sign in to FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo company: sign in as operator1, manager1, marketer, head or admin with the password %1.</source>
        <translation>Demo company: sign in as operator1, manager1, marketer, head or admin with the password %1.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>fd::app::SlotGridModel</name>
    <message>
        <source>Choose a slot.</source>
        <translation>Choose a slot.</translation>
    </message>
    <message>
        <source>Full: %1 of %2 seats are taken.</source>
        <translation>Full: %1 of %2 seats are taken.</translation>
    </message>
    <message>
        <source>This slot is already over.</source>
        <translation>This slot is already over.</translation>
    </message>
    <message>
        <source>The office is closed on %1.</source>
        <translation>The office is closed on %1.</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken, %3 free.</source>
        <translation>%1 of %2 seats taken, %3 free.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>full %1/%2</source>
        <translation>full %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>fd::app::SpendDialog</name>
    <message>
        <source>Spend and visitors</source>
        <translation>Spend and visitors</translation>
    </message>
    <message>
        <source>Ad spend, ₽</source>
        <translation>Ad spend, ₽</translation>
    </message>
    <message>
        <source>Site visitors</source>
        <translation>Site visitors</translation>
    </message>
    <message>
        <source>Type figures or paste a block copied from Excel (Ctrl+V) at the chosen cell; changed cells are yellow until saved (Ctrl+S).</source>
        <translation>Type figures or paste a block copied from Excel (Ctrl+V) at the chosen cell; changed cells are yellow until saved (Ctrl+S).</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Discard the figures not saved yet?</source>
        <translation>Discard the figures not saved yet?</translation>
    </message>
</context>
<context>
    <name>fd::app::SpendGridModel</name>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Spend cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors.</source>
        <translation>&quot;%1&quot; is not a number of visitors.</translation>
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
        <translation>Choose the cell where the pasted block starts.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit the grid from %3.</source>
        <translation>The pasted block (%1 × %2) does not fit the grid from %3.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was pasted.</source>
        <translation>%1: %2 Nothing was pasted.</translation>
    </message>
</context>
<context>
    <name>fd::app::StaffPage</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Works here</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>The first password, at least %1 characters; they change it themselves later.</source>
        <translation>The first password, at least %1 characters; they change it themselves later.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; type a new one to reset a forgotten password.</source>
        <translation>Leave empty to keep the password; type a new one to reset a forgotten password.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2</source>
        <translation>%1 can sign in as %2</translation>
    </message>
    <message>
        <source>Saved %1 with a new password</source>
        <translation>Saved %1 with a new password</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nobody: back to the common queue</source>
        <translation>Nobody: back to the common queue</translation>
    </message>
    <message>
        <source>%1 leaves open work: %2 lead(s) in the call center, %3 callback(s), %4 meeting(s) to come, %5 follow-up(s). Hand it to:</source>
        <translation>%1 leaves open work: %2 lead(s) in the call center, %3 callback(s), %4 meeting(s) to come, %5 follow-up(s). Hand it to:</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>%1 no longer works here and cannot sign in</source>
        <translation>%1 no longer works here and cannot sign in</translation>
    </message>
    <message>
        <source>%1 works here again</source>
        <translation>%1 works here again</translation>
    </message>
</context>
<context>
    <name>fd::app::Upgrade</name>
    <message>
        <source>Upgrading the database for this version of FunnelDesk. It is checked whole first, which takes a few minutes for millions of leads…</source>
        <translation>Upgrading the database for this version of FunnelDesk. It is checked whole first, which takes a few minutes for millions of leads…</translation>
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
        <translation>Typed by %1</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company: office %1 is closed</source>
        <translation>Company: office %1 is closed</translation>
    </message>
    <message>
        <source>Meetings past their time with no mark whether the client came</source>
        <translation>Meetings past their time with no mark whether the client came</translation>
    </message>
    <message>
        <source>Arrivals without an outcome or a qualification</source>
        <translation>Arrivals without an outcome or a qualification</translation>
    </message>
    <message>
        <source>Clients thinking with no follow-up date</source>
        <translation>Clients thinking with no follow-up date</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Leads lost or non-target without a reason</source>
        <translation>Leads lost or non-target without a reason</translation>
    </message>
    <message>
        <source>Leads without a channel or a campaign</source>
        <translation>Leads without a channel or a campaign</translation>
    </message>
    <message>
        <source>Contracts with money due and no payment for 35 days</source>
        <translation>Contracts with money due and no payment for 35 days</translation>
    </message>
    <message>
        <source>Days a paid channel brought leads with no spend entered</source>
        <translation>Days a paid channel brought leads with no spend entered</translation>
    </message>
    <message>
        <source>Days with spend and no visitors figure</source>
        <translation>Days with spend and no visitors figure</translation>
    </message>
    <message>
        <source>Probable duplicate clients (one phone or e-mail)</source>
        <translation>Probable duplicate clients (one phone or e-mail)</translation>
    </message>
    <message>
        <source>Leads of one person created minutes apart</source>
        <translation>Leads of one person created minutes apart</translation>
    </message>
    <message>
        <source>Coming meetings booked by someone who left</source>
        <translation>Coming meetings booked by someone who left</translation>
    </message>
    <message>
        <source>Coming meetings and follow-ups in closed offices</source>
        <translation>Coming meetings and follow-ups in closed offices</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <source>%1 (no manager named)</source>
        <translation>%1 (no manager named)</translation>
    </message>
</context>
<context>
    <name>fd::core::Error</name>
    <message>
        <source>The phone number &quot;%1&quot; is not usable: enter 11 digits starting with +7 or 8, or an international number starting with +.</source>
        <translation>The phone number &quot;%1&quot; is not usable: enter 11 digits starting with +7 or 8, or an international number starting with +.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; is not a known time zone.</translation>
    </message>
    <message>
        <source>The working hours must end after they start.</source>
        <translation>The working hours must end after they start.</translation>
    </message>
    <message>
        <source>The slot length must be at least 5 minutes and fit in the working day.</source>
        <translation>The slot length must be at least 5 minutes and fit in the working day.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choose at least one working day.</translation>
    </message>
    <message>
        <source>An office named &quot;%1&quot; already exists.</source>
        <translation>An office named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name.</source>
        <translation>Enter the employee&apos;s name.</translation>
    </message>
    <message>
        <source>The office %1 does not exist.</source>
        <translation>The office %1 does not exist.</translation>
    </message>
    <message>
        <source>An office manager needs an office.</source>
        <translation>An office manager needs an office.</translation>
    </message>
    <message>
        <source>Enter the channel name.</source>
        <translation>Enter the channel name.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation>A channel named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Enter the campaign name.</source>
        <translation>Enter the campaign name.</translation>
    </message>
    <message>
        <source>The channel %1 does not exist.</source>
        <translation>The channel %1 does not exist.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>The campaign does not belong to the channel.</source>
        <translation>The campaign does not belong to the channel.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Spend cannot be negative.</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>The number of visitors cannot be negative.</translation>
    </message>
    <message>
        <source>Enter the contract amount, greater than zero.</source>
        <translation>Enter the contract amount, greater than zero.</translation>
    </message>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation>The lead %1 does not exist.</translation>
    </message>
    <message>
        <source>The meeting %1 is not this client&apos;s.</source>
        <translation>The meeting %1 is not this client&apos;s.</translation>
    </message>
    <message>
        <source>The manager %1 does not exist.</source>
        <translation>The manager %1 does not exist.</translation>
    </message>
    <message>
        <source>The payment amount must be greater than zero.</source>
        <translation>The payment amount must be greater than zero.</translation>
    </message>
    <message>
        <source>The deal %1 does not exist.</source>
        <translation>The deal %1 does not exist.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the outstanding %2. Mark it as an overpayment to accept it.</source>
        <translation>The payment of %1 is more than the outstanding %2. Mark it as an overpayment to accept it.</translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database.</source>
        <translation>Demo data can only be written into an empty database.</translation>
    </message>
    <message>
        <source>The database failed; nothing was saved: %1</source>
        <translation>The database failed; nothing was saved: %1</translation>
    </message>
    <message>
        <source>The number of leads must be between 1 and 50,000,000.</source>
        <translation>The number of leads must be between 1 and 50,000,000.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>The database cannot be read: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is not an email address.</translation>
    </message>
    <message>
        <source>A lead needs a phone, an email or an external id.</source>
        <translation>A lead needs a phone, an email or an external id.</translation>
    </message>
    <message>
        <source>The campaign %1 does not exist.</source>
        <translation>The campaign %1 does not exist.</translation>
    </message>
    <message>
        <source>The operator %1 does not exist or has left.</source>
        <translation>The operator %1 does not exist or has left.</translation>
    </message>
    <message>
        <source>A lead with the external id &quot;%1&quot; already exists.</source>
        <translation>A lead with the external id &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Choose a callback time later than now.</source>
        <translation>Choose a callback time later than now.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Choose the reason.</translation>
    </message>
    <message>
        <source>Choose an office slot for the meeting.</source>
        <translation>Choose an office slot for the meeting.</translation>
    </message>
    <message>
        <source>Choose a reason of the call center.</source>
        <translation>Choose a reason of the call center.</translation>
    </message>
    <message>
        <source>The meeting %1 does not exist.</source>
        <translation>The meeting %1 does not exist.</translation>
    </message>
    <message>
        <source>The meeting is already %1; only a scheduled or confirmed meeting can be changed this way.</source>
        <translation>The meeting is already %1; only a scheduled or confirmed meeting can be changed this way.</translation>
    </message>
    <message>
        <source>Choose an open office.</source>
        <translation>Choose an open office.</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is closed on %2.</source>
        <translation>The office &quot;%1&quot; is closed on %2.</translation>
    </message>
    <message>
        <source>The slot %1 is already over; choose a later one.</source>
        <translation>The slot %1 is already over; choose a later one.</translation>
    </message>
    <message>
        <source>Choose a manager of the office &quot;%1&quot;.</source>
        <translation>Choose a manager of the office &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The client already has a meeting on %1; reschedule it instead.</source>
        <translation>The client already has a meeting on %1; reschedule it instead.</translation>
    </message>
    <message>
        <source>The slot %1 in the office &quot;%2&quot; is full: %3 of %3 seats are taken.</source>
        <translation>The slot %1 in the office &quot;%2&quot; is full: %3 of %3 seats are taken.</translation>
    </message>
    <message>
        <source>The meeting has not started yet; a no-show can be marked only after its time.</source>
        <translation>The meeting has not started yet; a no-show can be marked only after its time.</translation>
    </message>
    <message>
        <source>A non-target outcome needs a non-target qualification (insolvent, problematic or out of profile).</source>
        <translation>A non-target outcome needs a non-target qualification (insolvent, problematic or out of profile).</translation>
    </message>
    <message>
        <source>Choose a follow-up date later than now.</source>
        <translation>Choose a follow-up date later than now.</translation>
    </message>
    <message>
        <source>Mark the client as arrived before recording the outcome.</source>
        <translation>Mark the client as arrived before recording the outcome.</translation>
    </message>
    <message>
        <source>The outcome of this meeting is already recorded.</source>
        <translation>The outcome of this meeting is already recorded.</translation>
    </message>
    <message>
        <source>Choose a reason of the office.</source>
        <translation>Choose a reason of the office.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program. Close it there or try again in a moment.</source>
        <translation>The database &quot;%1&quot; is locked by another program. Close it there or try again in a moment.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be used: %2</source>
        <translation>The database &quot;%1&quot; cannot be used: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>The file &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database: %2</source>
        <translation>The file &quot;%1&quot; is not a FunnelDesk database: %2</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>The database file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>The file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database (it is not a SQLite database file). It was left unchanged.</source>
        <translation>The file &quot;%1&quot; is not a FunnelDesk database (it is not a SQLite database file). It was left unchanged.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a SQLite database of another program, not a FunnelDesk database. It was left unchanged.</source>
        <translation>The file &quot;%1&quot; is a SQLite database of another program, not a FunnelDesk database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. The file was left unchanged.</source>
        <translation>The database &quot;%1&quot; was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; choose another name.</source>
        <translation>The file &quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; cannot be created.</source>
        <translation>The folder of &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not accept the required settings (foreign keys, WAL journal, full sync). It may be on a read-only or network drive.</source>
        <translation>The database &quot;%1&quot; does not accept the required settings (foreign keys, WAL journal, full sync). It may be on a read-only or network drive.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be upgraded from schema version %2: %3. It was left at version %2.</source>
        <translation>The database &quot;%1&quot; could not be upgraded from schema version %2: %3. It was left at version %2.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Enter the caller&apos;s phone number.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>The period must start before it ends.</translation>
    </message>
    <message>
        <source>The conversion window must be at least one day.</source>
        <translation>The conversion window must be at least one day.</translation>
    </message>
    <message>
        <source>%1 is not a slot of the office &quot;%2&quot;: it works %3–%4 in slots of %5 minutes.</source>
        <translation>%1 is not a slot of the office &quot;%2&quot;: it works %3–%4 in slots of %5 minutes.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>There is no setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The client has no contract to pay for.</source>
        <translation>The client has no contract to pay for.</translation>
    </message>
    <message>
        <source>The client has a meeting booked for %1; mark that meeting as arrived instead.</source>
        <translation>The client has a meeting booked for %1; mark that meeting as arrived instead.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open.</source>
        <translation>This follow-up is no longer open.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>This system cannot decode Windows-1251 text.</source>
        <translation>This system cannot decode Windows-1251 text.</translation>
    </message>
    <message>
        <source>Line %1, field %2: text after the closing quote of a quoted field.</source>
        <translation>Line %1, field %2: text after the closing quote of a quoted field.</translation>
    </message>
    <message>
        <source>Line %1, field %2: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1, field %2: a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2).</source>
        <translation>The file has no column &quot;%1&quot; (for %2).</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>The file has no header row.</translation>
    </message>
    <message>
        <source>The row has %1 columns where the header has %2.</source>
        <translation>The row has %1 columns where the header has %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>&quot;%1&quot; is not a date and time.</translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation>The export file could not be written.</translation>
    </message>
    <message>
        <source>A spreadsheet sheet holds at most %1 rows; choose a shorter period or export as CSV.</source>
        <translation>A spreadsheet sheet holds at most %1 rows; choose a shorter period or export as CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet &quot;%1&quot; could not be written: %2</source>
        <translation>The spreadsheet &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>There is no office &quot;%1&quot;.</source>
        <translation>There is no office &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no employee &quot;%1&quot;.</source>
        <translation>There is no employee &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written: %2</source>
        <translation>The file &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>Only meetings can be exported as a calendar.</source>
        <translation>Only meetings can be exported as a calendar.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; for %2; use funneldesk, bitrix24 (leads) or amocrm (leads, deals).</source>
        <translation>There is no preset &quot;%1&quot; for %2; use funneldesk, bitrix24 (leads) or amocrm (leads, deals).</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>The row has no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; is not an amount of money.</translation>
    </message>
    <message>
        <source>The amount %1 cannot be negative.</source>
        <translation>The amount %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The amount %1 must be greater than zero.</source>
        <translation>The amount %1 must be greater than zero.</translation>
    </message>
    <message>
        <source>No lead has the phone %1.</source>
        <translation>No lead has the phone %1.</translation>
    </message>
    <message>
        <source>No lead has the external id &quot;%1&quot;.</source>
        <translation>No lead has the external id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No deal has the external id &quot;%1&quot;.</source>
        <translation>No deal has the external id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use cash, card or transfer.</source>
        <translation>&quot;%1&quot; is not a payment method; use cash, card or transfer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of visitors (a whole number, zero or more).</source>
        <translation>&quot;%1&quot; is not a number of visitors (a whole number, zero or more).</translation>
    </message>
    <message>
        <source>There is no %1 field &quot;%2&quot;; the fields are: %3.</source>
        <translation>There is no %1 field &quot;%2&quot;; the fields are: %3.</translation>
    </message>
    <message>
        <source>The file has no column for %1 that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation>The file has no column for %1 that the preset &quot;%2&quot; knows; name it with a mapping field=column.</translation>
    </message>
    <message>
        <source>The file has no %1 column that the preset &quot;%2&quot; knows; name it with a mapping field=column.</source>
        <translation>The file has no %1 column that the preset &quot;%2&quot; knows; name it with a mapping field=column.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>The confirmation cannot be undone: the meeting has changed since.</source>
        <translation>The confirmation cannot be undone: the meeting has changed since.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the meeting has changed since.</source>
        <translation>The cancellation cannot be undone: the meeting has changed since.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the client has been booked again since.</source>
        <translation>The cancellation cannot be undone: the client has been booked again since.</translation>
    </message>
    <message>
        <source>The cancellation cannot be undone: the seat has been booked by another client since.</source>
        <translation>The cancellation cannot be undone: the seat has been booked by another client since.</translation>
    </message>
    <message>
        <source>Only call-center operators and the head work the call center.</source>
        <translation>Only call-center operators and the head work the call center.</translation>
    </message>
    <message>
        <source>Only office managers and the head work the office desk.</source>
        <translation>Only office managers and the head work the office desk.</translation>
    </message>
    <message>
        <source>Your role does not show leads.</source>
        <translation>Your role does not show leads.</translation>
    </message>
    <message>
        <source>Only office managers, marketers, the head and the administrator see money.</source>
        <translation>Only office managers, marketers, the head and the administrator see money.</translation>
    </message>
    <message>
        <source>Only marketers, the head and the administrator read reports and KPIs.</source>
        <translation>Only marketers, the head and the administrator read reports and KPIs.</translation>
    </message>
    <message>
        <source>Only marketers enter spend and visitors.</source>
        <translation>Only marketers enter spend and visitors.</translation>
    </message>
    <message>
        <source>Only the administrator imports data from another CRM.</source>
        <translation>Only the administrator imports data from another CRM.</translation>
    </message>
    <message>
        <source>Only marketers, the head and the administrator export data.</source>
        <translation>Only marketers, the head and the administrator export data.</translation>
    </message>
    <message>
        <source>Only the head and the administrator see the settings.</source>
        <translation>Only the head and the administrator see the settings.</translation>
    </message>
    <message>
        <source>Only the administrator changes settings, staff and passwords.</source>
        <translation>Only the administrator changes settings, staff and passwords.</translation>
    </message>
    <message>
        <source>Only the head and the administrator read the audit trail.</source>
        <translation>Only the head and the administrator read the audit trail.</translation>
    </message>
    <message>
        <source>This lead is another operator&apos;s: only they or the head may work it.</source>
        <translation>This lead is another operator&apos;s: only they or the head may work it.</translation>
    </message>
    <message>
        <source>This belongs to another office: only its managers or the head may work it.</source>
        <translation>This belongs to another office: only its managers or the head may work it.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <source>This database already has a company; start a new one in a new file.</source>
        <translation>This database already has a company; start a new one in a new file.</translation>
    </message>
    <message>
        <source>An operator logs only their own calls.</source>
        <translation>An operator logs only their own calls.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in %1 seconds.</source>
        <translation>Too many wrong passwords: try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Sign in to change your password.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The employee %1 does not exist.</source>
        <translation>The employee %1 does not exist.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken by %2.</source>
        <translation>The login &quot;%1&quot; is taken by %2.</translation>
    </message>
    <message>
        <source>This database needs a sign-in: give --user LOGIN and the password in FUNNELDESK_PASSWORD.</source>
        <translation>This database needs a sign-in: give --user LOGIN and the password in FUNNELDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Nobody signed in.</source>
        <translation>Nobody signed in.</translation>
    </message>
    <message>
        <source>Type a new password to change the login.</source>
        <translation>Type a new password to change the login.</translation>
    </message>
    <message>
        <source>A slot needs from 1 to 999 seats.</source>
        <translation>A slot needs from 1 to 999 seats.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are still to come at this office; move or cancel them before closing it.</source>
        <translation>%1 meeting(s) are still to come at this office; move or cancel them before closing it.</translation>
    </message>
    <message>
        <source>%1 meeting(s) are booked on %2; move them before closing the day.</source>
        <translation>%1 meeting(s) are booked on %2; move them before closing the day.</translation>
    </message>
    <message>
        <source>The channel already has a campaign named &quot;%1&quot;.</source>
        <translation>The channel already has a campaign named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Enter the reason.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is already on the list.</source>
        <translation>The reason &quot;%1&quot; is already on the list.</translation>
    </message>
    <message>
        <source>The reason %1 does not exist.</source>
        <translation>The reason %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is the only administrator; make someone else an administrator first.</source>
        <translation>%1 is the only administrator; make someone else an administrator first.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>Hand the work to an active colleague with the same role.</source>
        <translation>Hand the work to an active colleague with the same role.</translation>
    </message>
    <message>
        <source>Rule %1: an amount per unit needs a count KPI and an amount above 0.</source>
        <translation>Rule %1: an amount per unit needs a count KPI and an amount above 0.</translation>
    </message>
    <message>
        <source>Rule %1: a percentage needs a money KPI and a share from 0 to 100 %.</source>
        <translation>Rule %1: a percentage needs a money KPI and a share from 0 to 100 %.</translation>
    </message>
    <message>
        <source>Rule %1: steps need rising completions and multipliers of 0 or more.</source>
        <translation>Rule %1: steps need rising completions and multipliers of 0 or more.</translation>
    </message>
    <message>
        <source>Rule %1: a multiplier cannot be negative.</source>
        <translation>Rule %1: a multiplier cannot be negative.</translation>
    </message>
    <message>
        <source>Each person sees their own bonus; only the head and the administrator see everyone&apos;s.</source>
        <translation>Each person sees their own bonus; only the head and the administrator see everyone&apos;s.</translation>
    </message>
    <message>
        <source>Only the head sets plans and bonus schemes and closes months.</source>
        <translation>Only the head sets plans and bonus schemes and closes months.</translation>
    </message>
    <message>
        <source>The figures of a closed month cannot be read: %1</source>
        <translation>The figures of a closed month cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first.</source>
        <translation>%1 is closed: reopen it first.</translation>
    </message>
    <message>
        <source>%1 is not over yet: a month is closed after its last day.</source>
        <translation>%1 is not over yet: a month is closed after its last day.</translation>
    </message>
    <message>
        <source>%1 is closed already.</source>
        <translation>%1 is closed already.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 is not closed.</translation>
    </message>
    <message>
        <source>The month must be written as YYYY-MM.</source>
        <translation>The month must be written as YYYY-MM.</translation>
    </message>
    <message>
        <source>A plan cannot be negative.</source>
        <translation>A plan cannot be negative.</translation>
    </message>
    <message>
        <source>Other seats kept changing the same records at this moment; nothing was saved. Try again.</source>
        <translation>Other seats kept changing the same records at this moment; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. FunnelDesk connects again on the next action: try again.</source>
        <translation>The connection to the database server was lost; nothing was saved. FunnelDesk connects again on the next action: try again.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. FunnelDesk connects again on the next action: try again.</source>
        <translation>The connection to the database server was lost. FunnelDesk connects again on the next action: try again.</translation>
    </message>
    <message>
        <source>The server of %1 did not accept login &quot;%2&quot; with this password.</source>
        <translation>The server of %1 did not accept login &quot;%2&quot; with this password.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%2&quot; (%1). Ask the administrator to create it (see the administrator&apos;s guide).</source>
        <translation>The server has no database &quot;%2&quot; (%1). Ask the administrator to create it (see the administrator&apos;s guide).</translation>
    </message>
    <message>
        <source>A protected (TLS) connection to %1 could not be made with sslmode %2: %3</source>
        <translation>A protected (TLS) connection to %1 could not be made with sslmode %2: %3</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: %2 Check the address and that the server is running.</source>
        <translation>The database server of %1 cannot be reached: %2 Check the address and that the server is running.</translation>
    </message>
    <message>
        <source>FunnelDesk cannot talk to PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>FunnelDesk cannot talk to PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a FunnelDesk database. Nothing was changed in it.</source>
        <translation>The database %1 holds tables of another program, not a FunnelDesk database. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>The database %1 is empty: it has not been set up for FunnelDesk yet (funneldesk-cli init --db %2).</source>
        <translation>The database %1 is empty: it has not been set up for FunnelDesk yet (funneldesk-cli init --db %2).</translation>
    </message>
    <message>
        <source>The database %1 already holds a FunnelDesk company; choose an empty database.</source>
        <translation>The database %1 already holds a FunnelDesk company; choose an empty database.</translation>
    </message>
    <message>
        <source>The database %1 is not a FunnelDesk database. Nothing was changed in it.</source>
        <translation>The database %1 is not a FunnelDesk database. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. Nothing was changed.</source>
        <translation>The database %1 was written by a newer FunnelDesk (schema version %2; this program knows up to %3). Update FunnelDesk to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>The database %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>&quot;%1&quot; is not a server address; write it as postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; holds a password. Leave it out: FunnelDesk asks for it at sign-in and never stores it.</source>
        <translation>The server address &quot;%1&quot; holds a password. Leave it out: FunnelDesk asks for it at sign-in and never stores it.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; needs a login, a host and a database: postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>The server address &quot;%1&quot; needs a login, a host and a database: postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; has an option FunnelDesk does not know; only sslmode is accepted.</source>
        <translation>The server address &quot;%1&quot; has an option FunnelDesk does not know; only sslmode is accepted.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, sslmode must be disable, prefer, require or verify-full.</source>
        <translation>In &quot;%1&quot;, sslmode must be disable, prefer, require or verify-full.</translation>
    </message>
    <message>
        <source>Another operator has just taken this client.</source>
        <translation>Another operator has just taken this client.</translation>
    </message>
    <message>
        <source>This connection to the server is made with the login &quot;%1&quot;: on a server, people sign in by connecting with their own login.</source>
        <translation>This connection to the server is made with the login &quot;%1&quot;: on a server, people sign in by connecting with their own login.</translation>
    </message>
    <message>
        <source>The server already has a login &quot;%1&quot; for something else; choose another login.</source>
        <translation>The server already has a login &quot;%1&quot; for something else; choose another login.</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 and this FunnelDesk needs version %3. Its owner (the login %4) upgrades it once by opening it, e.g. with funneldesk-cli check; until then this program cannot use it. Nothing was changed.</source>
        <translation>The database %1 is at schema version %2 and this FunnelDesk needs version %3. Its owner (the login %4) upgrades it once by opening it, e.g. with funneldesk-cli check; until then this program cannot use it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL); type or copy it again.</source>
        <translation>The text contains a control character (such as NUL); type or copy it again.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are kept here.</source>
        <translation>The text is %1 characters long; at most %2 are kept here.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server (pg_dump, see the administrator&apos;s guide).</source>
        <translation>A database on a server is backed up on the server (pg_dump, see the administrator&apos;s guide).</translation>
    </message>
    <message>
        <source>A database on a server is restored on the server (pg_restore, see the administrator&apos;s guide).</source>
        <translation>A database on a server is restored on the server (pg_restore, see the administrator&apos;s guide).</translation>
    </message>
    <message>
        <source>Another program is writing to this database; nothing was saved. Try again when it has finished.</source>
        <translation>Another program is writing to this database; nothing was saved. Try again when it has finished.</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>The database file is read-only; nothing was saved.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>Another program holds this database; try again in a moment.</source>
        <translation>Another program holds this database; try again in a moment.</translation>
    </message>
    <message>
        <source>The demo database &quot;%1&quot; was not finished: making it stopped half-way, so its history is not whole. Make it again (funneldesk-cli demo --db FILE --force, or delete the file).</source>
        <translation>The demo database &quot;%1&quot; was not finished: making it stopped half-way, so its history is not whole. Make it again (funneldesk-cli demo --db FILE --force, or delete the file).</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>The copy &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a FunnelDesk database.</source>
        <translation>The file &quot;%1&quot; is not a FunnelDesk database.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; was written by a newer FunnelDesk (schema version %2); update FunnelDesk to restore it.</source>
        <translation>The copy &quot;%1&quot; was written by a newer FunnelDesk (schema version %2); update FunnelDesk to restore it.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is damaged (%2); it cannot be used.</source>
        <translation>The copy &quot;%1&quot; is damaged (%2); it cannot be used.</translation>
    </message>
    <message>
        <source>Another program is using the database &quot;%1&quot;; close FunnelDesk wherever it is open, then restore.</source>
        <translation>Another program is using the database &quot;%1&quot;; close FunnelDesk wherever it is open, then restore.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be moved aside.</source>
        <translation>The file &quot;%1&quot; could not be moved aside.</translation>
    </message>
    <message>
        <source>The copy could not be put in the place of &quot;%1&quot;; the database was left as it was.</source>
        <translation>The copy could not be put in the place of &quot;%1&quot;; the database was left as it was.</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was written to it. Restore the last backup, or salvage what can be read with funneldesk-cli recover.</source>
        <translation>The database file is damaged; nothing was written to it. Restore the last backup, or salvage what can be read with funneldesk-cli recover.</translation>
    </message>
    <message>
        <source>Nothing could be salvaged from &quot;%1&quot;: %2</source>
        <translation>Nothing could be salvaged from &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (Excel: Save as ▸ CSV UTF-8) and import that.</source>
        <translation>The file is in UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (Excel: Save as ▸ CSV UTF-8) and import that.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook, not CSV text. Save it as CSV (Excel: Save as ▸ CSV UTF-8) and import that.</source>
        <translation>The file is a spreadsheet workbook, not CSV text. Save it as CSV (Excel: Save as ▸ CSV UTF-8) and import that.</translation>
    </message>
    <message>
        <source>The file is not CSV text: it holds binary data. Choose the CSV file exported from the other program.</source>
        <translation>The file is not CSV text: it holds binary data. Choose the CSV file exported from the other program.</translation>
    </message>
    <message>
        <source>Only the head and the administrator erase a client&apos;s personal data.</source>
        <translation>Only the head and the administrator erase a client&apos;s personal data.</translation>
    </message>
    <message>
        <source>The database file can only be read (its permissions do not allow changes): FunnelDesk shows everything and saves nothing. Ask for write access to the file to work in it.</source>
        <translation>The database file can only be read (its permissions do not allow changes): FunnelDesk shows everything and saves nothing. Ask for write access to the file to work in it.</translation>
    </message>
    <message>
        <source>The database is in a folder or on a drive that cannot be written: FunnelDesk shows everything and saves nothing. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>The database is in a folder or on a drive that cannot be written: FunnelDesk shows everything and saves nothing. Copy it to a folder you can write to, or ask for write access.</translation>
    </message>
    <message>
        <source>The database was written by a newer FunnelDesk: this one shows it and saves nothing. Update FunnelDesk to work in it.</source>
        <translation>The database was written by a newer FunnelDesk: this one shows it and saves nothing. Update FunnelDesk to work in it.</translation>
    </message>
    <message>
        <source>There is no client number %1.</source>
        <translation>There is no client number %1.</translation>
    </message>
    <message>
        <source>There is no lead number %1.</source>
        <translation>There is no lead number %1.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is at schema version %2 and this FunnelDesk upgrades it to %3 before using it, which writes to it; here it can only be read. Open it once where it can be written. The file was left unchanged.</source>
        <translation>The database &quot;%1&quot; is at schema version %2 and this FunnelDesk upgrades it to %3 before using it, which writes to it; here it can only be read. Open it once where it can be written. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The campaign is not one of the channel&apos;s.</source>
        <translation>The campaign is not one of the channel&apos;s.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls). Open it in the spreadsheet program and save it as .xlsx or CSV, then import that.</source>
        <translation>The file is an old Excel workbook (.xls). Open it in the spreadsheet program and save it as .xlsx or CSV, then import that.</translation>
    </message>
    <message>
        <source>A workbook is read from a file: save it to disk and import that.</source>
        <translation>A workbook is read from a file: save it to disk and import that.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged. Open it in the spreadsheet program and save it as .xlsx or CSV.</source>
        <translation>The file is not an Excel workbook (.xlsx), or it is damaged. Open it in the spreadsheet program and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets: %2.</source>
        <translation>The workbook has no sheet &quot;%1&quot;; its sheets: %2.</translation>
    </message>
    <message>
        <source>The file is a web page without a table of rows. Export the list again, or save it as CSV.</source>
        <translation>The file is a web page without a table of rows. Export the list again, or save it as CSV.</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;; only the administrator adds channels (Settings ▸ Channels). Name one that exists or ask them to add it.</source>
        <translation>There is no channel &quot;%1&quot;; only the administrator adds channels (Settings ▸ Channels). Name one that exists or ask them to add it.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot; in this channel; only the administrator adds campaigns (Settings ▸ Channels). Name one that exists or ask them to add it.</source>
        <translation>There is no campaign &quot;%1&quot; in this channel; only the administrator adds campaigns (Settings ▸ Channels). Name one that exists or ask them to add it.</translation>
    </message>
</context>
</TS>
