<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Native market-analysis workstation: universes, daily bars, charts, and (in later versions) indicators, tiles, models and picks — all in one local SQLite file.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Licences: Tessera is free software under the GPL-3.0-or-later (Qt Charts is GPL-3.0). Qt — LGPL-3.0; SQLite — public domain; spdlog and fmt — MIT; Eigen — MPL-2.0; tl::expected — CC0-1.0.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Tessera के बारे में</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universe "%1": 1 symbol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universe "%1": %2 symbols.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added, %2 removed since the last import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added: %1</source>
        <translation>जोड़े गए: %1</translation>
    </message>
    <message>
        <source>Removed (their stored bars are kept): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 loaded, %2 failed, %3 bars written in %4 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>%1 (warning): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag "%1": %2 of the %3 tickers in the file newly tagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the symbols were imported. Daily bars come with the network fetch of a later version; until then use File ▸ Import CSV folder… with your own data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::CandleChartView</name>
    <message>
        <source>1M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछला महीना</translation>
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last three months</source>
        <translation>पिछले तीन महीने</translation>
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last six months</source>
        <translation>पिछले छह महीने</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation>पिछला वर्ष</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Every stored bar</source>
        <translation>सभी संग्रहीत बार</translation>
    </message>
    <message>
        <source>Select a symbol to see its chart.</source>
        <translation>चार्ट देखने के लिए एक सिंबल चुनें।</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>वॉल्यूम</translation>
    </message>
    <message>
        <source>No bars stored for %1.
Import a CSV folder or load data from the File menu.</source>
        <translation>%1 के लिए कोई बार संग्रहीत नहीं है।
फ़ाइल मेनू से CSV फ़ोल्डर आयात करें या डेटा लोड करें।</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 bar</source>
        <translation>1 बार</translation>
    </message>
    <message>
        <source>%1 bars</source>
        <translation>%1 बार</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 &amp;nbsp;&lt;span style="color:gray"&gt;Daily, adjusted · %3&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily bars from %1 to %2. Prices are adjusted for splits and dividends, so they can differ from the quotes printed at the time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Tessera में आपका स्वागत है</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Tessera&lt;/h3&gt;&lt;p&gt;The database is empty. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera में आपका स्वागत है&lt;/h3&gt;&lt;p&gt;डेटाबेस खाली है। आप कैसे शुरू करना चाहेंगे?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offline demo market (%1 synthetic stocks, no internet)</source>
        <translation>ऑफ़लाइन डेमो बाज़ार (%1 कृत्रिम शेयर, इंटरनेट की ज़रूरत नहीं)</translation>
    </message>
    <message>
        <source>Two years of realistic daily bars generated on this computer in a few seconds. The quickest way to try every view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIFTY 500 list (NSE)</source>
        <translation>NIFTY 500 सूची (NSE)</translation>
    </message>
    <message>
        <source>Imports the 500 symbols with names and sectors. Daily bars come with the network fetch of a later version, or from a CSV import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;&amp;P 500 list</source>
        <translation>S&amp;&amp;P 500 सूची</translation>
    </message>
    <message>
        <source>Imports the S&amp;P 500 constituents with names and sectors (symbols only, as above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CSV folder…</source>
        <translation>CSV फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <source>Daily OHLCV files, one per symbol or one long file (Yahoo, Stooq, NSE/Upstox layouts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Start empty; everything is in the File menu.</source>
        <translation>खाली शुरू करें; सब कुछ फ़ाइल मेनू में है।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::GeneralSettingsPage</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>डेटाबेस फ़ाइल:</translation>
    </message>
    <message>
        <source>Empty means the default location. A change takes effect after a restart; this session uses %1. The --db option overrides it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log level:</source>
        <translation>लॉग स्तर:</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>तुरंत लागू होता है।</translation>
    </message>
    <message>
        <source>Applies at once. Log files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ImportTickersDialog</name>
    <message>
        <source>Import tickers file</source>
        <translation>टिकर फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
    <message>
        <source>As a universe named:</source>
        <translation>इस नाम की सूची के रूप में:</translation>
    </message>
    <message>
        <source>As a tag:</source>
        <translation>टैग के रूप में:</translation>
    </message>
    <message>
        <source>e.g. shariah</source>
        <translation>जैसे shariah</translation>
    </message>
    <message>
        <source>A universe is a named list you can pick above the table; re-importing it reports added and removed symbols. A tag marks symbols (e.g. a Shariah-compliant list) for filtering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::MainWindow</name>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <source>Search symbol, name or sector (Ctrl+F)</source>
        <translation>सिंबल, नाम या सेक्टर खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show one universe</source>
        <translation>एक सूची दिखाएँ</translation>
    </message>
    <message>
        <source>Show one sector</source>
        <translation>एक सेक्टर दिखाएँ</translation>
    </message>
    <message>
        <source>Show the symbols with a tag</source>
        <translation>टैग वाले सिंबल दिखाएँ</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>डेटाबेस फ़ाइल: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;tickers file…</source>
        <translation>टिकर फ़ाइल आयात करें (&amp;T)…</translation>
    </message>
    <message>
        <source>A text file with one ticker per line, stored as a universe or a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;universe CSV…</source>
        <translation>सूची CSV आयात करें (&amp;U)…</translation>
    </message>
    <message>
        <source>A CSV with Symbol, Name, Sector, Industry columns (NSE and S&amp;P lists work)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;CSV folder…</source>
        <translation>CSV फ़ोल्डर आयात करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily OHLCV files from a folder, one per symbol or long multi-symbol files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load offline &amp;demo</source>
        <translation>ऑफ़लाइन डेमो लोड करें (&amp;D)</translation>
    </message>
    <message>
        <source>Synthetic daily bars for a demo market; no internet needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find symbol</source>
        <translation>सिंबल खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>उपकरण (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Tessera के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>डेटाबेस पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Could not read the database:
%1</source>
        <translation>डेटाबेस नहीं पढ़ा जा सका:
%1</translation>
    </message>
    <message>
        <source>The database is empty.
Use File ▸ Load offline demo or File ▸ Import CSV folder… to get started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All symbols</source>
        <translation>सभी सिंबल</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sectors</source>
        <translation>सभी सेक्टर</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>सभी टैग</translation>
    </message>
    <message>
        <source>1 symbol</source>
        <translation>1 सिंबल</translation>
    </message>
    <message>
        <source>%1 symbols</source>
        <translation>%1 सिंबल</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 दिखाए गए</translation>
    </message>
    <message>
        <source> · %1 bars</source>
        <translation> · %1 बार</translation>
    </message>
    <message>
        <source>Could not load the bars of %1:
%2</source>
        <translation>%1 के बार लोड नहीं हो सके:
%2</translation>
    </message>
    <message>
        <source>Importing the NIFTY 500 list</source>
        <translation>NIFTY 500 सूची आयात हो रही है</translation>
    </message>
    <message>
        <source>Importing the S&amp;P 500 list</source>
        <translation>S&amp;P 500 सूची आयात हो रही है</translation>
    </message>
    <message>
        <source>Loading the offline demo</source>
        <translation>ऑफ़लाइन डेमो लोड हो रहा है</translation>
    </message>
    <message>
        <source>Import tickers file</source>
        <translation>टिकर फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>Ticker lists (*.txt *.csv *.lst);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tagging symbols "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing universe "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import universe CSV</source>
        <translation>सूची CSV आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing universe %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV folder</source>
        <translation>CSV फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 आयात हो रहा है</translation>
    </message>
    <message>
        <source>Wait for "%1" to finish first.</source>
        <translation>पहले "%1" के पूरा होने की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>Failed symbols and their reasons are under Show Details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TaskProgressPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मि %2 से</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop after the symbols in progress; what is stored stays stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 पूरे</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/से</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>लगभग %1 बाकी</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::UniverseTableModel</name>
    <message>
        <source>Industry: %1</source>
        <translation>उद्योग: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>टैग: %1</translation>
    </message>
    <message>
        <source>%1 bars from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bars stored</source>
        <translation>कोई बार संग्रहीत नहीं</translation>
    </message>
    <message>
        <source>Last load failed: %1</source>
        <translation>पिछला लोड विफल: %1</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>सेक्टर</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>अंतिम बंद भाव</translation>
    </message>
    <message>
        <source>Chg %</source>
        <translation>बदलाव %</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>बार</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>Last stored close (as delivered by the source)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change of the last close against the previous close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily bars stored</source>
        <translation>संग्रहीत दैनिक बार</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera market-analysis workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file (default: settings, then %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the offline demo market when no bars are stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of the window once its data is shown, then exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trace, debug, info, warn, error or off (default: settings, then info).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>डेटाबेस नहीं खुल सका:
%1</translation>
    </message>
</context>
</TS>