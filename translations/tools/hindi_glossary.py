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
# Main window: menus, docks, tabs, filters, scheduler, tray, exports
hi.update({
 'A text file with one ticker per line, stored as a universe or a tag': 'प्रति पंक्ति एक टिकर वाली टेक्स्ट फ़ाइल, सूची या टैग के रूप में संग्रहीत',
 'A CSV with Symbol, Name, Sector, Industry columns (NSE and S&P lists work)': 'Symbol, Name, Sector, Industry कॉलम वाली CSV (NSE और S&P सूचियाँ चलती हैं)',
 'Ctrl+I': 'Ctrl+I', 'Ctrl+L': 'Ctrl+L', 'Ctrl+Shift+X': 'Ctrl+Shift+X', 'Ctrl+Shift+S': 'Ctrl+Shift+S',
 'Alt+1': 'Alt+1', 'Alt+2': 'Alt+2', 'Alt+3': 'Alt+3', 'Alt+4': 'Alt+4',
 'Daily OHLCV files from a folder, one per symbol or long multi-symbol files': 'फ़ोल्डर से दैनिक OHLCV फ़ाइलें, प्रति सिंबल एक या कई सिंबल वाली लंबी फ़ाइलें',
 'Synthetic daily bars for a demo market; no internet needed': 'डेमो बाज़ार के लिए कृत्रिम दैनिक बार; इंटरनेट की ज़रूरत नहीं',
 'The database is empty.\nUse File ▸ Load offline demo or File ▸ Import CSV folder… to get started.': 'डेटाबेस खाली है।\nशुरू करने के लिए फ़ाइल ▸ ऑफ़लाइन डेमो लोड करें या फ़ाइल ▸ CSV फ़ोल्डर आयात करें… का उपयोग करें।',
 '%1 (%2)': '%1 (%2)',
 'Ticker lists (*.txt *.csv *.lst);;All files (*)': 'टिकर सूचियाँ (*.txt *.csv *.lst);;सभी फ़ाइलें (*)',
 'Tagging symbols "%1"': 'सिंबल पर टैग "%1" लगाया जा रहा है',
 'Importing universe "%1"': 'सूची "%1" आयात हो रही है',
 'CSV files (*.csv);;All files (*)': 'CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)',
 'Importing universe %1': 'सूची %1 आयात हो रही है',
 'Scheduler: %1': 'शेड्यूलर: %1',
 'Operations': 'ऑपरेशन', 'Log': 'लॉग', 'Status': 'स्थिति', 'Models': 'मॉडल',
 'Checking for interrupted runs': 'बाधित रन की जाँच हो रही है',
 'Show the symbols whose stored analysis has this verdict': 'वे सिंबल दिखाएँ जिनके संग्रहीत विश्लेषण का यह निर्णय है',
 'All verdicts': 'सभी निर्णय', 'No analysis': 'कोई विश्लेषण नहीं',
 'Chart': 'चार्ट', 'Dashboard': 'डैशबोर्ड', 'Predictions': 'पूर्वानुमान',
 '&Run': 'चलाएँ (&R)', '&Cancel running task': 'चल रहा कार्य रद्द करें (&C)',
 'Sc&heduler…': 'शेड्यूलर (&H)…', '&Pause scheduler': 'शेड्यूलर रोकें (&P)',
 'Tessera is still running': 'Tessera अभी भी चल रहा है',
 'Closing the window keeps Tessera in the system tray so scheduled runs happen. Quit from the tray menu or with File ▸ Quit; Settings ▸ Startup changes this.': 'विंडो बंद करने पर Tessera सिस्टम ट्रे में चलता रहता है, ताकि शेड्यूल किए गए रन होते रहें। ट्रे मेनू से या फ़ाइल ▸ बाहर निकलें से बंद करें; इसे सेटिंग्स ▸ स्टार्टअप में बदला जा सकता है।',
 'Pipeline': 'पाइपलाइन',
 "Tiles, slippage sizes and the verdict's weights and thresholds. A change makes the next pipeline run recompute every symbol.": 'टाइलें, स्लिपेज आकार और निर्णय के भार व सीमाएँ। बदलाव करने पर अगला पाइपलाइन रन हर सिंबल की दोबारा गणना करता है।',
 'Walk-forward validation, model parameters and the production-ready gate used by the next training run.': 'अगले ट्रेनिंग रन में उपयोग होने वाला वॉक-फ़ॉरवर्ड सत्यापन, मॉडल पैरामीटर और प्रोडक्शन-रेडी मानदंड।',
 'Exports': 'एक्सपोर्ट',
 'How long the scheduled CSV exports are kept in the export folder.': 'शेड्यूल किए गए CSV एक्सपोर्ट एक्सपोर्ट फ़ोल्डर में कितने समय तक रखे जाते हैं।',
 'Resuming run %1': 'रन %1 फिर से शुरू हो रहा है',
 'Retrying the failed symbols of run %1': 'रन %1 के विफल सिंबल दोबारा आज़माए जा रहे हैं',
 '"%1" starts when "%2" has finished.': '"%2" पूरा होने पर "%1" शुरू होगा।',
 "Failed symbols and their reasons are under Show Details and in the run's details in the operations view.": 'विफल सिंबल और उनके कारण "विवरण दिखाएँ" में और ऑपरेशन दृश्य में रन के विवरण में हैं।',
 # Tray
 'Hide window': 'विंडो छिपाएँ', 'Run now': 'अभी चलाएँ', 'Pause scheduler': 'शेड्यूलर रोकें',
 'No run scheduled': 'कोई रन शेड्यूल नहीं', 'Quit Tessera': 'Tessera बंद करें', 'Show window': 'विंडो दिखाएँ',
 'Next run: %1 at %2': 'अगला रन: %1, %2 बजे', '%1: %2': '%1: %2',
 '%1 cancelled': '%1 रद्द', '%1 finished with failures': '%1 विफलताओं के साथ पूरा', '%1 finished': '%1 पूरा',
 'Idle': 'निष्क्रिय', 'Running: %1 (%2%)': 'चल रहा है: %1 (%2%)', 'Running: %1': 'चल रहा है: %1',
 'Scheduler paused': 'शेड्यूलर रुका हुआ है',
 # Export menu, table export, export job
 'Cannot open the export folder %1': 'एक्सपोर्ट फ़ोल्डर %1 नहीं खुल सका',
 '&Export': 'एक्सपोर्ट (&E)', '&Stocks CSV': 'शेयर CSV (&S)', '30-day &history CSV': '30-दिन का इतिहास CSV (&H)',
 'Technical &indicators CSV': 'तकनीकी इंडिकेटर CSV (&I)', '&All three': 'तीनों (&A)',
 'Export: %1': 'एक्सपोर्ट: %1',
 'Write the CSV file into the export folder; the summary names the file': 'CSV फ़ाइल एक्सपोर्ट फ़ोल्डर में लिखें; सारांश में फ़ाइल का नाम दिया जाता है',
 '&Open export folder': 'एक्सपोर्ट फ़ोल्डर खोलें (&O)',
 'Show the folder the exports are written to in the file manager': 'जिस फ़ोल्डर में एक्सपोर्ट लिखे जाते हैं, उसे फ़ाइल मैनेजर में दिखाएँ',
 'Export rows to CSV…': 'पंक्तियाँ CSV में एक्सपोर्ट करें…',
 'Write the rows as shown (sorted and filtered) to a CSV file': 'दिखाई गई पंक्तियाँ (क्रमबद्ध और फ़िल्टर की हुई) CSV फ़ाइल में लिखें',
 'Export rows to CSV': 'पंक्तियाँ CSV में एक्सपोर्ट करें',
 'CSV files (*.csv)': 'CSV फ़ाइलें (*.csv)', 'All files (*)': 'सभी फ़ाइलें (*)',
 'Exported %n row(s) to %1': '%n पंक्तियाँ %1 में एक्सपोर्ट की गईं',
 'Wrote %1 into %2.': '%1 को %2 में लिखा गया।',
 '%1: no rows, nothing is stored in the %2 days up to %3.': '%1: कोई पंक्ति नहीं, %3 तक के %2 दिनों में कुछ भी संग्रहीत नहीं है।',
 '%1: no rows, nothing is stored.': '%1: कोई पंक्ति नहीं, कुछ भी संग्रहीत नहीं है।',
 # Task launchers
 'Load / update data…': 'डेटा लोड / अपडेट करें…', 'Load / update data': 'डेटा लोड / अपडेट करें',
 'Fetch daily bars from the configured provider, Yahoo, Stooq, the offline demo or a CSV folder': 'कॉन्फ़िगर किए गए प्रदाता, Yahoo, Stooq, ऑफ़लाइन डेमो या CSV फ़ोल्डर से दैनिक बार लाएँ',
 'Export CSV files': 'CSV फ़ाइलें एक्सपोर्ट करें',
 'Write stocks, 30-day history and technical indicators CSV files into the export folder': 'शेयर, 30-दिन का इतिहास और तकनीकी इंडिकेटर की CSV फ़ाइलें एक्सपोर्ट फ़ोल्डर में लिखें',
 'Train models…': 'मॉडल ट्रेन करें…',
 'Train the per-stock models (random forest, gradient boosting, ridge) with walk-forward validation and refresh the predictions': 'हर शेयर के मॉडल (random forest, gradient boosting, ridge) वॉक-फ़ॉरवर्ड सत्यापन के साथ ट्रेन करें और पूर्वानुमान ताज़ा करें',
 'Run "%1" with its default parameters': '"%1" को उसके डिफ़ॉल्ट पैरामीटर के साथ चलाएँ',
 # Run states and relative days
 'running': 'चल रहा है', 'done': 'पूरा', 'done with failures': 'विफलताओं के साथ पूरा', 'cancelled': 'रद्द',
 'interrupted': 'बाधित', 'failed': 'विफल', 'pending': 'लंबित', 'skipped': 'छोड़ा गया',
 'today %1': 'आज %1', 'tomorrow %1': 'कल %1', 'yesterday %1': 'पिछले दिन %1',
})
# Numerus messages (numerus="yes"): the value fills every <numerusform>; keep %n.
p='translations/tessera_hi.ts'
t=ET.parse(p)
n=0
for ctx in t.getroot():
    for m in ctx.findall('message'):
        src=m.find('source').text
        tr=m.find('translation')
        if src not in hi:
            continue
        value=hi[src]
        forms=tr.findall('numerusform')
        if m.get('numerus')=='yes' and forms:
            # numerus: a str fills every form (Hindi uses the same text for 1 and many), a list gives each form
            values=value if isinstance(value,list) else [value]*len(forms)
            for f,v in zip(forms,values):
                f.text=v
        else:
            tr.text=value
        tr.attrib.pop('type',None); n+=1
t.write(p, encoding='utf-8', xml_declaration=True)
print(n, 'translated')
