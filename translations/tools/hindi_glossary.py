# Hindi glossary used to fill translations/tessera_hi.ts after lupdate (run from the repo root:
# python3 translations/tools/hindi_glossary.py). Linguist works too; this keeps the core terms consistent.
import xml.etree.ElementTree as ET
hi = {
 'About Tessera': 'Tessera के बारे में',
 'Last month': 'पिछला महीना', 'Last three months': 'पिछले तीन महीने', 'Last six months': 'पिछले छह महीने',
 'Last year': 'पिछला वर्ष', 'All': 'सभी', 'Every stored bar': 'सभी संग्रहीत बार',
 'Select a symbol to see its chart.': 'चार्ट देखने के लिए एक सिंबल चुनें।',
 'Price': 'मूल्य', 'Volume': 'वॉल्यूम',
 'No bars stored for %1.\nImport a CSV folder or load data from the File menu.': '%1 के लिए कोई बार संग्रहीत नहीं है।\nफ़ाइल मेनू से CSV फ़ोल्डर आयात करें या डेटा लोड करें।',
 '1 bar': '1 बार', '%1 bars': '%1 बार',
 'Welcome to Tessera': 'Tessera में आपका स्वागत है',
 '<h3>Welcome to Tessera</h3><p>The database is empty. How would you like to start?</p>': '<h3>Tessera में आपका स्वागत है</h3><p>डेटाबेस खाली है। आप कैसे शुरू करना चाहेंगे?</p>',
 'Offline demo market (%1 synthetic stocks, no internet)': 'ऑफ़लाइन डेमो बाज़ार (%1 कृत्रिम शेयर, इंटरनेट की ज़रूरत नहीं)',
 'NIFTY 500 list (NSE)': 'NIFTY 500 सूची (NSE)',
 'S&&P 500 list': 'S&&P 500 सूची',
 'Import a CSV folder…': 'CSV फ़ोल्डर आयात करें…',
 'Skip': 'छोड़ें', 'Start empty; everything is in the File menu.': 'खाली शुरू करें; सब कुछ फ़ाइल मेनू में है।',
 'Continue': 'जारी रखें', 'Not now': 'अभी नहीं',
 'Browse…': 'ब्राउज़ करें…', 'Database file:': 'डेटाबेस फ़ाइल:', 'Log level:': 'लॉग स्तर:',
 'Applies at once.': 'तुरंत लागू होता है।', 'Database file': 'डेटाबेस फ़ाइल',
 'Import tickers file': 'टिकर फ़ाइल आयात करें', 'File: %1': 'फ़ाइल: %1',
 'As a universe named:': 'इस नाम की सूची के रूप में:', 'As a tag:': 'टैग के रूप में:', 'e.g. shariah': 'जैसे shariah',
 'Import': 'आयात करें',
 'Cancelled.': 'रद्द किया गया।', 'Added: %1': 'जोड़े गए: %1',
 'Tessera — %1': 'Tessera — %1',
 'Search symbol, name or sector (Ctrl+F)': 'सिंबल, नाम या सेक्टर खोजें (Ctrl+F)',
 'Show one universe': 'एक सूची दिखाएँ', 'Show one sector': 'एक सेक्टर दिखाएँ', 'Show the symbols with a tag': 'टैग वाले सिंबल दिखाएँ',
 'Database file: %1': 'डेटाबेस फ़ाइल: %1',
 '&File': 'फ़ाइल (&F)', 'Import &tickers file…': 'टिकर फ़ाइल आयात करें (&T)…', 'Import &universe CSV…': 'सूची CSV आयात करें (&U)…',
 'Import &CSV folder…': 'CSV फ़ोल्डर आयात करें (&C)…', 'Load offline &demo': 'ऑफ़लाइन डेमो लोड करें (&D)',
 '&Quit': 'बाहर निकलें (&Q)', '&View': 'दृश्य (&V)', '&Refresh': 'ताज़ा करें (&R)', '&Find symbol': 'सिंबल खोजें (&F)',
 '&Tools': 'उपकरण (&T)', '&Settings…': 'सेटिंग्स (&S)…', '&Help': 'सहायता (&H)', '&About Tessera': 'Tessera के बारे में (&A)',
 'Reading the database…': 'डेटाबेस पढ़ा जा रहा है…',
 'Could not read the database:\n%1': 'डेटाबेस नहीं पढ़ा जा सका:\n%1',
 'All symbols': 'सभी सिंबल', 'All sectors': 'सभी सेक्टर', 'All tags': 'सभी टैग',
 '1 symbol': '1 सिंबल', '%1 symbols': '%1 सिंबल', ' · %1 shown': ' · %1 दिखाए गए', ' · %1 bars': ' · %1 बार',
 'Could not load the bars of %1:\n%2': '%1 के बार लोड नहीं हो सके:\n%2',
 'Importing the NIFTY 500 list': 'NIFTY 500 सूची आयात हो रही है', 'Importing the S&P 500 list': 'S&P 500 सूची आयात हो रही है',
 'Loading the offline demo': 'ऑफ़लाइन डेमो लोड हो रहा है',
 'Import universe CSV': 'सूची CSV आयात करें', 'Import CSV folder': 'CSV फ़ोल्डर आयात करें', 'Importing %1': '%1 आयात हो रहा है',
 'Wait for "%1" to finish first.': 'पहले "%1" के पूरा होने की प्रतीक्षा करें।',
 '%1 failed: %2': '%1 विफल: %2',
 'Settings': 'सेटिंग्स', 'Cancel': 'रद्द करें', 'Cancelling…': 'रद्द किया जा रहा है…', 'Starting…': 'शुरू हो रहा है…',
 '%1 of %2': '%2 में से %1', '%1 done': '%1 पूरे', '%1 failed': '%1 विफल', '%1/s': '%1/से', 'about %1 left': 'लगभग %1 बाकी',
 '%1 s': '%1 से', '%1 min %2 s': '%1 मि %2 से', '%1 h %2 min': '%1 घं %2 मि',
 'General': 'सामान्य', 'Industry: %1': 'उद्योग: %1', 'Tags: %1': 'टैग: %1', 'No bars stored': 'कोई बार संग्रहीत नहीं',
 'Last load failed: %1': 'पिछला लोड विफल: %1',
 'Symbol': 'सिंबल', 'Name': 'नाम', 'Sector': 'सेक्टर', 'Last close': 'अंतिम बंद भाव', 'Chg %': 'बदलाव %', 'Bars': 'बार',
 'Last date': 'अंतिम तिथि', 'Daily bars stored': 'संग्रहीत दैनिक बार',
 'Tessera': 'Tessera', 'Cannot open the database:\n%1': 'डेटाबेस नहीं खुल सका:\n%1',
}
p='translations/tessera_hi.ts'
t=ET.parse(p)
n=0
for ctx in t.getroot():
    for m in ctx.findall('message'):
        src=m.find('source').text
        tr=m.find('translation')
        if src in hi:
            tr.text=hi[src]; tr.attrib.pop('type',None); n+=1
t.write(p, encoding='utf-8', xml_declaration=True)
print(n, 'translated')
