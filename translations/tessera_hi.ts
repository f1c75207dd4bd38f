<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation>Tessera के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Native market-analysis workstation: universes, daily bars, indicators, market tiles and verdicts, per-stock models, schedules and exports — all in one local SQLite file.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Licences: Tessera is free software under the GPL-3.0-or-later (Qt Charts is GPL-3.0). Qt — LGPL-3.0; SQLite — public domain; spdlog and fmt — MIT; Eigen — MPL-2.0; tl::expected — CC0-1.0.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;नेटिव बाज़ार-विश्लेषण वर्कस्टेशन: सूचियाँ, दैनिक बार, संकेतक, बाज़ार टाइलें और निर्णय, प्रति-शेयर मॉडल, शेड्यूल और निर्यात — सब एक स्थानीय SQLite फ़ाइल में।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बना, Qt %3 (%4) पर चल रहा है।&lt;/p&gt;&lt;p&gt;डेटाबेस: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;लाइसेंस: Tessera GPL-3.0-or-later के अंतर्गत मुक्त सॉफ़्टवेयर है (Qt Charts GPL-3.0 है)। Qt — LGPL-3.0; SQLite — सार्वजनिक डोमेन; spdlog और fmt — MIT; Eigen — MPL-2.0; tl::expected — CC0-1.0।&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Broker</name>
    <message>
        <source>%1 session expired or was revoked: log in again (tessera-cli broker login %2, or Brokers ▸ Connect in the app) [%3]</source>
        <translation>%1 सत्र समाप्त हो गया या रद्द कर दिया गया: फिर से लॉग इन करें (tessera-cli broker login %2, या ऐप में Brokers ▸ Connect) [%3]</translation>
    </message>
    <message>
        <source>%1: the instrument list holds no equities</source>
        <translation>%1: इंस्ट्रूमेंट सूची में कोई इक्विटी नहीं है</translation>
    </message>
    <message>
        <source>%1 is not an equity in %2's instrument list (%3 equities, %4): Tessera places orders for NSE (.NS) and BSE (.BO) shares</source>
        <translation>%1, %2 की इंस्ट्रूमेंट सूची में इक्विटी नहीं है (%3 इक्विटी, %4): Tessera केवल NSE (.NS) और BSE (.BO) शेयरों के ऑर्डर देता है</translation>
    </message>
    <message>
        <source>unknown broker '%1' (one of: %2)</source>
        <translation>अज्ञात ब्रोकर '%1' (इनमें से एक: %2)</translation>
    </message>
    <message>
        <source>%1 needs both the API key and the API secret of your app</source>
        <translation>%1 को आपके ऐप की API key और API secret दोनों चाहिए</translation>
    </message>
    <message>
        <source>no API key stored for %1: run 'tessera-cli broker login %2 --api-key KEY' (or Brokers ▸ Connect)</source>
        <translation>%1 के लिए कोई API key संग्रहीत नहीं है: 'tessera-cli broker login %2 --api-key KEY' चलाएँ (या Brokers ▸ Connect)</translation>
    </message>
    <message>
        <source>not logged in to %1: run 'tessera-cli broker login %2' (or Brokers ▸ Connect)</source>
        <translation>%1 में लॉग इन नहीं है: 'tessera-cli broker login %2' चलाएँ (या Brokers ▸ Connect)</translation>
    </message>
    <message>
        <source>%1 session of %2 expired at %3 (tokens last until 06:00 IST the next day): log in again with 'tessera-cli broker login %4'</source>
        <translation>%2 का %1 सत्र %3 पर समाप्त हो गया (टोकन अगले दिन 06:00 IST तक चलते हैं): 'tessera-cli broker login %4' से फिर से लॉग इन करें</translation>
    </message>
    <message>
        <source>Fyers did not log in (%1): try again</source>
        <translation>Fyers में लॉग इन नहीं हुआ (%1): फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Fyers' login answer lacks the access token</source>
        <translation>Fyers के लॉगिन उत्तर में एक्सेस टोकन नहीं है</translation>
    </message>
    <message>
        <source>the order (%1)</source>
        <translation>ऑर्डर (%1)</translation>
    </message>
    <message>
        <source>the change of order %1</source>
        <translation>ऑर्डर %1 में बदलाव</translation>
    </message>
    <message>
        <source>Fyers has no order %1</source>
        <translation>Fyers में ऑर्डर %1 नहीं है</translation>
    </message>
    <message>
        <source>the cancellation of order %1</source>
        <translation>ऑर्डर %1 का रद्दीकरण</translation>
    </message>
    <message>
        <source>%1: not Kite's instrument list (line 1 lacks tradingsymbol, instrument_type or exchange)</source>
        <translation>%1: यह Kite की इंस्ट्रूमेंट सूची नहीं है (पंक्ति 1 में tradingsymbol, instrument_type या exchange नहीं है)</translation>
    </message>
    <message>
        <source>%1 line %2: %3 fields, %4 expected</source>
        <translation>%1 पंक्ति %2: %3 फ़ील्ड, अपेक्षित %4</translation>
    </message>
    <message>
        <source>%1 line %2: not Fyers' symbol master (column 10 should hold a symbol like NSE:RELIANCE-EQ)</source>
        <translation>%1 पंक्ति %2: यह Fyers का सिंबल मास्टर नहीं है (कॉलम 10 में NSE:RELIANCE-EQ जैसा सिंबल होना चाहिए)</translation>
    </message>
    <message>
        <source>no system keychain available: install/unlock gnome-keyring (or KWallet) and make sure a D-Bus session runs; Tessera never stores broker secrets in a plain file (%1)</source>
        <translation>कोई सिस्टम कीचेन उपलब्ध नहीं: gnome-keyring (या KWallet) इंस्टॉल/अनलॉक करें और सुनिश्चित करें कि D-Bus सत्र चल रहा है; Tessera ब्रोकर के गोपनीय डेटा कभी सादी फ़ाइल में नहीं रखता (%1)</translation>
    </message>
    <message>
        <source>system keychain: %1 (%2)</source>
        <translation>सिस्टम कीचेन: %1 (%2)</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>सिस्टम कीचेन</translation>
    </message>
    <message>
        <source>Kite did not log in (status '%1'): try again</source>
        <translation>Kite में लॉग इन नहीं हुआ (स्थिति '%1'): फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Kite's login answer lacks the access token or user id</source>
        <translation>Kite के लॉगिन उत्तर में एक्सेस टोकन या यूज़र आईडी नहीं है</translation>
    </message>
    <message>
        <source>Kite has no order %1</source>
        <translation>Kite में ऑर्डर %1 नहीं है</translation>
    </message>
    <message>
        <source>live trading is off, so no order goes to a broker: turn it on with 'tessera-cli settings set broker/liveTrading on'; the paper account needs no switch</source>
        <translation>लाइव ट्रेडिंग बंद है, इसलिए कोई ऑर्डर ब्रोकर को नहीं जाता: इसे 'tessera-cli settings set broker/liveTrading on' से चालू करें; पेपर खाते के लिए किसी स्विच की ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>live order not confirmed for %1 account %2: nothing was sent (%3)</source>
        <translation>%1 खाते %2 के लिए लाइव ऑर्डर की पुष्टि नहीं हुई: कुछ नहीं भेजा गया (%3)</translation>
    </message>
    <message>
        <source>change order %1 to %2</source>
        <translation>ऑर्डर %1 को %2 में बदलें</translation>
    </message>
    <message>
        <source>%1 orders need a whole number of shares above 0, not %2 (%3)</source>
        <translation>%1 ऑर्डर के लिए 0 से अधिक पूर्ण संख्या में शेयर चाहिए, %2 नहीं (%3)</translation>
    </message>
    <message>
        <source>a limit or stop-limit order needs a price above 0 (%1)</source>
        <translation>लिमिट या स्टॉप-लिमिट ऑर्डर के लिए 0 से अधिक मूल्य चाहिए (%1)</translation>
    </message>
    <message>
        <source>a stop-loss order needs a trigger price above 0 (%1)</source>
        <translation>स्टॉप-लॉस ऑर्डर के लिए 0 से अधिक ट्रिगर मूल्य चाहिए (%1)</translation>
    </message>
    <message>
        <source>cannot listen for the %1 login answer on 127.0.0.1:%2: %3 (another program uses the port? choose another with --port and register its redirect URL with %1)</source>
        <translation>127.0.0.1:%2 पर %1 लॉगिन उत्तर की प्रतीक्षा नहीं की जा सकती: %3 (क्या कोई अन्य प्रोग्राम यह पोर्ट उपयोग कर रहा है? --port से दूसरा चुनें और उसका redirect URL %1 में पंजीकृत करें)</translation>
    </message>
    <message>
        <source>Not this login</source>
        <translation>यह लॉगिन नहीं</translation>
    </message>
    <message>
        <source>This answer belongs to another login attempt. Start the login again from Tessera.</source>
        <translation>यह उत्तर किसी अन्य लॉगिन प्रयास का है. Tessera से फिर से लॉगिन शुरू करें.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>पहले ही प्राप्त</translation>
    </message>
    <message>
        <source>Tessera has this login. You can close this tab.</source>
        <translation>Tessera को यह लॉगिन मिल गया है. आप यह टैब बंद कर सकते हैं.</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>%1 में लॉग इन हो गया</translation>
    </message>
    <message>
        <source>Tessera received the %1 login. You can close this tab and return to Tessera.</source>
        <translation>Tessera को %1 लॉगिन मिल गया. आप यह टैब बंद करके Tessera पर लौट सकते हैं.</translation>
    </message>
    <message>
        <source>no login answer from the browser within %1 s: log in on the %2 page that opened, and check that the app's redirect URL is %3</source>
        <translation>%1 सेकंड में ब्राउज़र से कोई लॉगिन उत्तर नहीं मिला: खुले हुए %2 पेज पर लॉग इन करें, और जाँचें कि ऐप का redirect URL %3 है</translation>
    </message>
    <message>
        <source>%1; the order book could not be read either, so it is unknown whether the order went through: check %2's order book (tag %3) before placing it again</source>
        <translation>%1; ऑर्डर बुक भी नहीं पढ़ी जा सकी, इसलिए पता नहीं कि ऑर्डर गया या नहीं: दोबारा लगाने से पहले %2 की ऑर्डर बुक (टैग %3) जाँचें</translation>
    </message>
    <message>
        <source>%1; no order tagged %2 is in %3's order book, so nothing was placed</source>
        <translation>%1; %3 की ऑर्डर बुक में टैग %2 वाला कोई ऑर्डर नहीं है, इसलिए कुछ नहीं लगाया गया</translation>
    </message>
    <message>
        <source>%1 is logged in as %2, not as %3 (portfolio account '%4'): log in to %3 with 'tessera-cli broker login %5' (or Brokers ▸ Connect)</source>
        <translation>%1 में %2 के रूप में लॉग इन है, %3 के रूप में नहीं (पोर्टफ़ोलियो खाता '%4'): %3 में 'tessera-cli broker login %5' से लॉग इन करें (या ब्रोकर ▸ कनेक्ट)</translation>
    </message>
    <message>
        <source>%1%2: %3 new order(s), %4 status update(s), %5 new trade(s)</source>
        <translation>%1%2: %3 नए ऑर्डर, %4 स्थिति अपडेट, %5 नए ट्रेड</translation>
    </message>
    <message>
        <source> (new account)</source>
        <translation> (नया खाता)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>Trend line</source>
        <translation>ट्रेंड लाइन</translation>
    </message>
    <message>
        <source>Ray</source>
        <translation>रे</translation>
    </message>
    <message>
        <source>Horizontal level</source>
        <translation>क्षैतिज स्तर</translation>
    </message>
    <message>
        <source>Vertical line</source>
        <translation>ऊर्ध्वाधर रेखा</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>आयत</translation>
    </message>
    <message>
        <source>Fibonacci retracement</source>
        <translation>फ़िबोनाची रिट्रेसमेंट</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>टेक्स्ट नोट</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Wrote %1 into %2.</source>
        <translation>%1 को %2 में लिखा गया।</translation>
    </message>
    <message>
        <source>%1: no rows, nothing is stored in the %2 days up to %3.</source>
        <translation>%1: कोई पंक्ति नहीं, %3 तक के %2 दिनों में कुछ भी संग्रहीत नहीं है।</translation>
    </message>
    <message>
        <source>%1: no rows, nothing is stored.</source>
        <translation>%1: कोई पंक्ति नहीं, कुछ भी संग्रहीत नहीं है।</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Cannot open the export folder %1</source>
        <translation>एक्सपोर्ट फ़ोल्डर %1 नहीं खुल सका</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>एक्सपोर्ट (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stocks CSV</source>
        <translation>शेयर CSV (&amp;S)</translation>
    </message>
    <message>
        <source>30-day &amp;history CSV</source>
        <translation>30-दिन का इतिहास CSV (&amp;H)</translation>
    </message>
    <message>
        <source>Technical &amp;indicators CSV</source>
        <translation>तकनीकी इंडिकेटर CSV (&amp;I)</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>एक्सपोर्ट: %1</translation>
    </message>
    <message>
        <source>Write the CSV file into the export folder; the summary names the file</source>
        <translation>CSV फ़ाइल एक्सपोर्ट फ़ोल्डर में लिखें; सारांश में फ़ाइल का नाम दिया जाता है</translation>
    </message>
    <message>
        <source>&amp;Open export folder</source>
        <translation>एक्सपोर्ट फ़ोल्डर खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder the exports are written to in the file manager</source>
        <translation>जिस फ़ोल्डर में एक्सपोर्ट लिखे जाते हैं, उसे फ़ाइल मैनेजर में दिखाएँ</translation>
    </message>
    <message>
        <source>Suggested stocks (daily &amp;picks) CSV</source>
        <translation>सुझाए गए स्टॉक (दैनिक पिक्स) CSV (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;All four</source>
        <translation>सभी चार (&amp;A)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Tessera user guide</source>
        <translation>Tessera उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <source>The bundled user guide is missing from this build.</source>
        <translation>इस बिल्ड में साथ आने वाली उपयोगकर्ता गाइड नहीं है।</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
</context>
<context>
    <name>IndicatorPaneSeries</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>Universe "%1": 1 symbol.</source>
        <translation>सूची "%1": 1 सिंबल।</translation>
    </message>
    <message>
        <source>Universe "%1": %2 symbols.</source>
        <translation>सूची "%1": %2 सिंबल।</translation>
    </message>
    <message>
        <source>%1 added, %2 removed since the last import.</source>
        <translation>पिछले आयात के बाद %1 जोड़े गए, %2 हटाए गए।</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>जोड़े गए: %1</translation>
    </message>
    <message>
        <source>Removed (their stored bars are kept): %1</source>
        <translation>हटाए गए (उनके संग्रहीत बार बने रहते हैं): %1</translation>
    </message>
    <message>
        <source>Tag "%1": %2 of the %3 tickers in the file newly tagged.</source>
        <translation>टैग "%1": फ़ाइल के %3 में से %2 टिकर पर नया टैग लगा।</translation>
    </message>
    <message>
        <source>%1 done, %2 failed in %3 s (run %4).</source>
        <translation>%3 सेकंड में %1 पूरे, %2 विफल (रन %4)।</translation>
    </message>
    <message>
        <source>Cancelled with %1 left.</source>
        <translation>%1 बाकी रहते रद्द किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) marked interrupted.</source>
        <translation>
            <numerusform>%n रन बाधित दर्ज किए गए।</numerusform>
            <numerusform>%n रन बाधित दर्ज किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>रुका: %1।</translation>
    </message>
    <message>
        <source>Nothing committed was lost: free some disk space, then Resume run %1 in the operations view (%2 left).</source>
        <translation>जो सहेजा जा चुका था वह कुछ भी नहीं खोया: डिस्क में जगह खाली करें, फिर ऑपरेशन दृश्य में रन %1 फिर से शुरू करें (%2 बाकी)।</translation>
    </message>
    <message>
        <source>Scheduled: %1 (Tools ▸ Scheduler).</source>
        <translation>शेड्यूल किया गया: %1 (टूल्स ▸ शेड्यूलर)।</translation>
    </message>
    <message>
        <source>No crypto universe to refresh: import Top crypto (USDT) first.</source>
        <translation>रीफ़्रेश करने के लिए कोई क्रिप्टो यूनिवर्स नहीं: पहले Top crypto (USDT) इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>%1: %2 pair(s) added, %3 delisted pair(s) removed.</source>
        <translation>%1: %2 पेयर जोड़े गए, %3 डीलिस्ट हुए पेयर हटाए गए।</translation>
    </message>
    <message>
        <source>%1: %2 new pair(s) trading, %3 member(s) delisted.</source>
        <translation>%1: %2 नए पेयर में ट्रेडिंग शुरू, %3 सदस्य डीलिस्ट हुए।</translation>
    </message>
    <message>
        <source>%1, added: %2</source>
        <translation>%1, जोड़े गए: %2</translation>
    </message>
    <message>
        <source>%1, delisted (stored bars kept): %2</source>
        <translation>%1, डीलिस्ट हुए (संग्रहीत बार रखे गए): %2</translation>
    </message>
    <message>
        <source>Nothing was changed: Tools ▸ Refresh crypto universes from Binance applies it.</source>
        <translation>कुछ भी नहीं बदला गया: इसे टूल्स ▸ Binance से क्रिप्टो यूनिवर्स रीफ़्रेश करें से लागू करें।</translation>
    </message>
</context>
<context>
    <name>ModelFormat</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 बनाम %2</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ तैयार</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>तैयार नहीं</translation>
    </message>
    <message>
        <source>1 trading day</source>
        <translation>1 ट्रेडिंग दिन</translation>
    </message>
    <message>
        <source>%1 trading days</source>
        <translation>%1 ट्रेडिंग दिन</translation>
    </message>
    <message>
        <source>Out of sample (%1 walk-forward test rows, %2 folds, horizon %3):</source>
        <translation>आउट-ऑफ़-सैंपल (%1 वॉक-फ़ॉरवर्ड टेस्ट पंक्तियाँ, %2 फ़ोल्ड, अवधि %3):</translation>
    </message>
    <message>
        <source>IC %1 (t %2; a constant forecast has 0)</source>
        <translation>IC %1 (t %2; स्थिर पूर्वानुमान का 0 होता है)</translation>
    </message>
    <message>
        <source>hit rate %1 vs %2 (training-mean baseline)</source>
        <translation>हिट रेट %1 बनाम %2 (ट्रेनिंग-औसत बेसलाइन)</translation>
    </message>
    <message>
        <source>R² %1 vs %2, MAE %3 vs %4 (%5 baseline)</source>
        <translation>R² %1 बनाम %2, MAE %3 बनाम %4 (%5 बेसलाइन)</translation>
    </message>
    <message>
        <source>zero-return</source>
        <translation>शून्य-रिटर्न</translation>
    </message>
    <message>
        <source>training-mean</source>
        <translation>ट्रेनिंग-औसत</translation>
    </message>
    <message>
        <source>MSE %1 lower than the better baseline; better in %2 of %3 folds</source>
        <translation>MSE बेहतर बेसलाइन से %1 कम; %3 में से %2 फ़ोल्ड में बेहतर</translation>
    </message>
    <message>
        <source>%1D</source>
        <translation>%1D</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>प्रोडक्ट</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>औसत मूल्य</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation>अप्राप्त P&amp;L</translation>
    </message>
    <message>
        <source>P&amp;L %</source>
        <translation>P&amp;L %</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Day %</source>
        <translation>दिन %</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>दिया गया</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>पक्ष</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>फ़िल हुआ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>ट्रिगर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ट्रेड</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>स्लिपेज</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>शेष</translation>
    </message>
</context>
<context>
    <name>PriceAlert</name>
    <message>
        <source>%1 rose to %2 (close %3 on %4)</source>
        <translation>%1 बढ़कर %2 पर पहुँचा (%4 को बंद भाव %3)</translation>
    </message>
    <message>
        <source>%1 fell to %2 (close %3 on %4)</source>
        <translation>%1 गिरकर %2 पर पहुँचा (%4 को बंद भाव %3)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Buy</source>
        <translation>खरीदें</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>बेचें</translation>
    </message>
    <message>
        <source>market</source>
        <translation>मार्केट</translation>
    </message>
    <message>
        <source>limit at %1</source>
        <translation>%1 पर लिमिट</translation>
    </message>
    <message>
        <source>stop-limit: trigger %1, limit %2</source>
        <translation>स्टॉप-लिमिट: ट्रिगर %1, लिमिट %2</translation>
    </message>
    <message>
        <source>stop-market: trigger %1</source>
        <translation>स्टॉप-मार्केट: ट्रिगर %1</translation>
    </message>
    <message>
        <source>Confirm live order: %1 %2</source>
        <translation>लाइव ऑर्डर की पुष्टि: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (from the stored prices; the broker's price decides)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; (संग्रहीत कीमतों से; ब्रोकर की कीमत ही तय करती है)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send this order to %1 account %2?&lt;/b&gt;&lt;br&gt;It is a real order with real money.</source>
        <translation>&lt;b&gt;यह ऑर्डर %1 खाते %2 को भेजें?&lt;/b&gt;&lt;br&gt;यह असली पैसे वाला असली ऑर्डर है.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4'&gt;&lt;tr&gt;&lt;td&gt;Broker:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Account:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Side:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Quantity:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Symbol:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Type:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;, %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%9:&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing='4'&gt;&lt;tr&gt;&lt;td&gt;ब्रोकर:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;खाता:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;पक्ष:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;मात्रा:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;सिंबल:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;प्रकार:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;, %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%9:&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>delivery (CNC)</source>
        <translation>डिलीवरी (CNC)</translation>
    </message>
    <message>
        <source>intraday (MIS)</source>
        <translation>इंट्राडे (MIS)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>अनुमानित लागत</translation>
    </message>
    <message>
        <source>Estimated proceeds</source>
        <translation>अनुमानित प्राप्ति</translation>
    </message>
    <message>
        <source>Send live order</source>
        <translation>लाइव ऑर्डर भेजें</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mega cap</source>
        <translation>मेगा कैप</translation>
    </message>
    <message>
        <source>Large cap</source>
        <translation>लार्ज कैप</translation>
    </message>
    <message>
        <source>Mid cap</source>
        <translation>मिड कैप</translation>
    </message>
    <message>
        <source>Small cap</source>
        <translation>स्मॉल कैप</translation>
    </message>
    <message>
        <source>Micro cap</source>
        <translation>माइक्रो कैप</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Predicted move</source>
        <translation>अनुमानित चाल</translation>
    </message>
    <message>
        <source>Close → predicted</source>
        <translation>बंद भाव → अनुमानित</translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation>स्थिति समय (UTC)</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>समाप्ति (UTC)</translation>
    </message>
    <message>
        <source>IC (vs 0)</source>
        <translation>IC (0 की तुलना में)</translation>
    </message>
    <message>
        <source>Hit rate vs baseline</source>
        <translation>हिट रेट बनाम बेसलाइन</translation>
    </message>
    <message>
        <source>MSE skill</source>
        <translation>MSE स्किल</translation>
    </message>
    <message>
        <source>exp(predicted log return) − 1 over the horizon, from the as-of close</source>
        <translation>अवधि में exp(अनुमानित लॉग रिटर्न) − 1, स्थिति समय के बंद भाव से</translation>
    </message>
    <message>
        <source>Out-of-sample rank correlation of the models' forecasts and realised returns (mean of the consensus's models); a constant forecast scores 0</source>
        <translation>मॉडलों के पूर्वानुमानों और वास्तविक रिटर्न का आउट-ऑफ़-सैंपल रैंक सहसंबंध (सहमति के मॉडलों का औसत); स्थिर पूर्वानुमान का स्कोर 0 होता है</translation>
    </message>
    <message>
        <source>Share of out-of-sample hours with the right direction, beside the training-mean baseline's</source>
        <translation>सही दिशा वाले आउट-ऑफ़-सैंपल घंटों का हिस्सा, ट्रेनिंग-औसत बेसलाइन के हिस्से के साथ</translation>
    </message>
    <message>
        <source>1 − MSE / MSE of the better naive baseline; above 0 beats it</source>
        <translation>1 − MSE / बेहतर सरल बेसलाइन का MSE; 0 से ऊपर होने पर यह बेसलाइन से बेहतर है</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>वॉचलिस्ट में जोड़ें</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>नई सूची…</translation>
    </message>
    <message>
        <source>☆ %1 (%2)</source>
        <translation>☆ %1 (%2)</translation>
    </message>
    <message>
        <source>Watchlist %1</source>
        <translation>वॉचलिस्ट %1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown symbol '%1'</source>
        <translation>अज्ञात सिंबल '%1'</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>मात्रा 0 से अधिक होनी चाहिए.</translation>
    </message>
    <message>
        <source>Entry %1 × %2</source>
        <translation>एंट्री %1 × %2</translation>
    </message>
</context>
<context>
    <name>RunFormat</name>
    <message>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>done with failures</source>
        <translation>विफलताओं के साथ पूरा</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
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
        <source>today %1</source>
        <translation>आज %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>कल %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>पिछले दिन %1</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Last close</source>
        <translation>अंतिम बंद भाव</translation>
    </message>
    <message>
        <source>Last open</source>
        <translation>अंतिम ओपन</translation>
    </message>
    <message>
        <source>Last high</source>
        <translation>अंतिम हाई</translation>
    </message>
    <message>
        <source>Last low</source>
        <translation>अंतिम लो</translation>
    </message>
    <message>
        <source>Last volume</source>
        <translation>अंतिम वॉल्यूम</translation>
    </message>
    <message>
        <source>Change of the close from the previous bar</source>
        <translation>पिछले बार से क्लोज़ में बदलाव</translation>
    </message>
    <message>
        <source>Return over 5 bars (adjusted close)</source>
        <translation>5 बारों का रिटर्न (समायोजित क्लोज़)</translation>
    </message>
    <message>
        <source>Return over 20 bars (adjusted close)</source>
        <translation>20 बारों का रिटर्न (समायोजित क्लोज़)</translation>
    </message>
    <message>
        <source>Return over 60 bars (adjusted close)</source>
        <translation>60 बारों का रिटर्न (समायोजित क्लोज़)</translation>
    </message>
    <message>
        <source>Return over 120 bars (adjusted close)</source>
        <translation>120 बारों का रिटर्न (समायोजित क्लोज़)</translation>
    </message>
    <message>
        <source>Return over 250 bars (adjusted close)</source>
        <translation>250 बारों का रिटर्न (समायोजित क्लोज़)</translation>
    </message>
    <message>
        <source>Mean volume of the last 20 bars</source>
        <translation>पिछले 20 बारों का औसत वॉल्यूम</translation>
    </message>
    <message>
        <source>Highest high of the last 250 bars</source>
        <translation>पिछले 250 बारों का उच्चतम हाई</translation>
    </message>
    <message>
        <source>Lowest low of the last 250 bars</source>
        <translation>पिछले 250 बारों का न्यूनतम लो</translation>
    </message>
    <message>
        <source>Market-cap category (large, mid, small, …)</source>
        <translation>मार्केट-कैप श्रेणी (लार्ज, मिड, स्मॉल, …)</translation>
    </message>
    <message>
        <source>Verdict direction: UP, DOWN, NEUTRAL or WITHHELD</source>
        <translation>निर्णय की दिशा: UP, DOWN, NEUTRAL या WITHHELD</translation>
    </message>
    <message>
        <source>Verdict score, -1 to +1</source>
        <translation>निर्णय स्कोर, -1 से +1</translation>
    </message>
    <message>
        <source>Verdict strength, min(|score|, 1)</source>
        <translation>निर्णय की मज़बूती, min(|score|, 1)</translation>
    </message>
    <message>
        <source>Data-quality grade A to D</source>
        <translation>डेटा-गुणवत्ता ग्रेड A से D</translation>
    </message>
    <message>
        <source>Per-stock models' consensus predicted return (shortest horizon)</source>
        <translation>प्रति-स्टॉक मॉडलों की सहमति से अनुमानित रिटर्न (सबसे छोटा होराइज़न)</translation>
    </message>
    <message>
        <source>Consensus confidence 0 to 1</source>
        <translation>सहमति का विश्वास स्तर 0 से 1</translation>
    </message>
    <message>
        <source>1 when the consensus' models passed validation</source>
        <translation>1, जब सहमति के मॉडल सत्यापन में पास हुए हों</translation>
    </message>
    <message>
        <source>Cross-sectional ML score 0 to 1 (higher = better)</source>
        <translation>क्रॉस-सेक्शनल ML स्कोर 0 से 1 (अधिक = बेहतर)</translation>
    </message>
    <message>
        <source>Cross-sectional predicted price at the horizon</source>
        <translation>होराइज़न पर क्रॉस-सेक्शनल अनुमानित कीमत</translation>
    </message>
    <message>
        <source>Cross-sectional predicted return</source>
        <translation>क्रॉस-सेक्शनल अनुमानित रिटर्न</translation>
    </message>
    <message>
        <source>Cross-sectional model confidence 0 to 1</source>
        <translation>क्रॉस-सेक्शनल मॉडल का विश्वास स्तर 0 से 1</translation>
    </message>
    <message>
        <source>Cross-sectional risk score 0 to 1 (lower = safer)</source>
        <translation>क्रॉस-सेक्शनल जोखिम स्कोर 0 से 1 (कम = अधिक सुरक्षित)</translation>
    </message>
    <message>
        <source>1 when the cross-sectional price model passed its gate</source>
        <translation>1, जब क्रॉस-सेक्शनल प्राइस मॉडल अपना गेट पास कर चुका हो</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>टिकर</translation>
    </message>
    <message>
        <source>Sector (the symbol's, else the fundamentals')</source>
        <translation>सेक्टर (सिंबल का, अन्यथा फ़ंडामेंटल्स का)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>उद्योग</translation>
    </message>
    <message>
        <source>A tag of the symbol</source>
        <translation>सिंबल का एक टैग</translation>
    </message>
    <message>
        <source>A universe the symbol belongs to</source>
        <translation>वह यूनिवर्स जिसका यह सिंबल सदस्य है</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export rows to CSV…</source>
        <translation>पंक्तियाँ CSV में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Write the rows as shown (sorted and filtered) to a CSV file</source>
        <translation>दिखाई गई पंक्तियाँ (क्रमबद्ध और फ़िल्टर की हुई) CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Export rows to CSV</source>
        <translation>पंक्तियाँ CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n पंक्तियाँ %1 में एक्सपोर्ट की गईं</numerusform>
            <numerusform>%n पंक्तियाँ %1 में एक्सपोर्ट की गईं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLaunchers</name>
    <message>
        <source>Load / update data…</source>
        <translation>डेटा लोड / अपडेट करें…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Export CSV files</source>
        <translation>CSV फ़ाइलें एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Write stocks, 30-day history and technical indicators CSV files into the export folder</source>
        <translation>शेयर, 30-दिन का इतिहास और तकनीकी इंडिकेटर की CSV फ़ाइलें एक्सपोर्ट फ़ोल्डर में लिखें</translation>
    </message>
    <message>
        <source>Train models…</source>
        <translation>मॉडल ट्रेन करें…</translation>
    </message>
    <message>
        <source>Train the per-stock models (random forest, gradient boosting, ridge) with walk-forward validation and refresh the predictions</source>
        <translation>हर शेयर के मॉडल (random forest, gradient boosting, ridge) वॉक-फ़ॉरवर्ड सत्यापन के साथ ट्रेन करें और पूर्वानुमान ताज़ा करें</translation>
    </message>
    <message>
        <source>Run "%1" with its default parameters</source>
        <translation>"%1" को उसके डिफ़ॉल्ट पैरामीटर के साथ चलाएँ</translation>
    </message>
    <message>
        <source>Load / update data</source>
        <translation>डेटा लोड / अपडेट करें</translation>
    </message>
    <message>
        <source>Train cross-sectional models</source>
        <translation>क्रॉस-सेक्शनल मॉडल ट्रेन करें</translation>
    </message>
    <message>
        <source>Train the pooled 10-day price and drawdown models over the shown universe, validate them walk-forward by date (daily rank IC) and store today's ML scores</source>
        <translation>दिखाई गई सूची पर पूल्ड 10-दिवसीय मूल्य और ड्रॉडाउन मॉडल ट्रेन करें, उन्हें तारीख के अनुसार वॉक-फ़ॉरवर्ड सत्यापित करें (दैनिक rank IC) और आज के ML स्कोर सहेजें</translation>
    </message>
    <message>
        <source>Train cross-sectional models (%1)</source>
        <translation>क्रॉस-सेक्शनल मॉडल ट्रेन करें (%1)</translation>
    </message>
    <message>
        <source>Update fundamentals</source>
        <translation>फंडामेंटल्स अपडेट करें</translation>
    </message>
    <message>
        <source>Fetch bars from the configured provider, Yahoo, Stooq, Binance (crypto, hourly), the offline demo or a CSV folder</source>
        <translation>कॉन्फ़िगर किए गए प्रोवाइडर, Yahoo, Stooq, Binance (क्रिप्टो, घंटेवार), ऑफ़लाइन डेमो या किसी CSV फ़ोल्डर से बार प्राप्त करें</translation>
    </message>
    <message>
        <source>Train hourly models…</source>
        <translation>घंटेवार मॉडल ट्रेन करें…</translation>
    </message>
    <message>
        <source>Train the per-pair models on hourly bars (horizons in hours), cache their predictions and refresh the Top predictions view</source>
        <translation>घंटेवार बारों पर प्रति-पेयर मॉडल ट्रेन करें (होराइज़न घंटों में), उनके पूर्वानुमान कैश करें और शीर्ष पूर्वानुमान व्यू रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Daily picks</source>
        <translation>दैनिक पिक्स</translation>
    </message>
    <message>
        <source>Run all (nightly saga)</source>
        <translation>सभी चलाएँ (रात्रिकालीन सागा)</translation>
    </message>
</context>
<context>
    <name>Tessera::Broker::FyersClient</name>
    <message>
        <source>Fyers' rate limit was hit while %1 (HTTP %2, %3 attempts): wait a minute and try again</source>
        <translation>%1 के दौरान Fyers की रेट सीमा पार हो गई (HTTP %2, %3 प्रयास): एक मिनट रुककर फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Fyers refused %1: insufficient funds (%2)</source>
        <translation>Fyers ने %1 अस्वीकार किया: अपर्याप्त फ़ंड (%2)</translation>
    </message>
    <message>
        <source>Fyers refused %1: the market is closed (%2)</source>
        <translation>Fyers ने %1 अस्वीकार किया: बाज़ार बंद है (%2)</translation>
    </message>
    <message>
        <source>Fyers rejected %1: %2</source>
        <translation>Fyers ने %1 रिजेक्ट किया: %2</translation>
    </message>
    <message>
        <source>Fyers refused %1: %2 (code %3)</source>
        <translation>Fyers ने %1 अस्वीकार किया: %2 (कोड %3)</translation>
    </message>
    <message>
        <source>Fyers answered HTTP %1 while %2%3</source>
        <translation>%2 के दौरान Fyers ने HTTP %1 उत्तर दिया%3</translation>
    </message>
</context>
<context>
    <name>Tessera::Broker::KiteClient</name>
    <message>
        <source>Kite's rate limit was hit while %1 (HTTP 429, %2 attempts): wait a minute and try again</source>
        <translation>%1 के दौरान Kite की रेट सीमा पार हो गई (HTTP 429, %2 प्रयास): एक मिनट रुककर फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Kite refused %1: insufficient funds (%2)</source>
        <translation>Kite ने %1 अस्वीकार किया: अपर्याप्त फ़ंड (%2)</translation>
    </message>
    <message>
        <source>Kite refused %1: not enough shares held to sell (%2)</source>
        <translation>Kite ने %1 अस्वीकार किया: बेचने के लिए पर्याप्त शेयर नहीं हैं (%2)</translation>
    </message>
    <message>
        <source>Kite refused %1: the market is closed (%2)</source>
        <translation>Kite ने %1 अस्वीकार किया: बाज़ार बंद है (%2)</translation>
    </message>
    <message>
        <source>Kite refused %1: %2</source>
        <translation>Kite ने %1 अस्वीकार किया: %2</translation>
    </message>
    <message>
        <source>Kite rejected %1: %2</source>
        <translation>Kite ने %1 रिजेक्ट किया: %2</translation>
    </message>
    <message>
        <source>Kite denied %1: %2 (is the app allowed to do this?)</source>
        <translation>Kite ने %1 की अनुमति नहीं दी: %2 (क्या ऐप को यह करने की अनुमति है?)</translation>
    </message>
    <message>
        <source>Kite's order system failed while %1 (%2: %3)</source>
        <translation>%1 के दौरान Kite का ऑर्डर सिस्टम विफल रहा (%2: %3)</translation>
    </message>
    <message>
        <source>Kite answered HTTP %1 while %2%3</source>
        <translation>%2 के दौरान Kite ने HTTP %1 उत्तर दिया%3</translation>
    </message>
</context>
<context>
    <name>Tessera::Monitor</name>
    <message>
        <source>The last %1 run (#%2, %3) failed%4.</source>
        <translation>पिछला %1 रन (#%2, %3) विफल रहा%4।</translation>
    </message>
    <message>
        <source>The last %1 run (#%2, %3) was interrupted with %4 symbols left; resume it.</source>
        <translation>पिछला %1 रन (#%2, %3) %4 सिंबल बाकी रहते बाधित हुआ; इसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The last %1 run (#%2, %3) finished with %4 of %5 symbols failed; retry the failed.</source>
        <translation>पिछला %1 रन (#%2, %3) %5 में से %4 सिंबल विफल होने के साथ पूरा हुआ; विफल सिंबल दोबारा आज़माएँ।</translation>
    </message>
    <message>
        <source>The %1 run #%2 is marked running but its process %3 is gone; it will be marked interrupted at the next start.</source>
        <translation>%1 रन #%2 चलता हुआ दर्ज है, लेकिन उसका प्रोसेस %3 मौजूद नहीं है; अगली शुरुआत पर इसे बाधित दर्ज किया जाएगा।</translation>
    </message>
    <message>
        <source>A %1 run (#%2) is running since %3.</source>
        <translation>एक %1 रन (#%2) %3 से चल रहा है।</translation>
    </message>
    <message>
        <source>The last %1 run (#%2, %3) was %4.</source>
        <translation>पिछला %1 रन (#%2, %3) की स्थिति: %4।</translation>
    </message>
    <message>
        <source>No symbols are stored: import a universe or load data.</source>
        <translation>कोई सिंबल संग्रहीत नहीं है: एक सूची आयात करें या डेटा लोड करें।</translation>
    </message>
    <message>
        <source>%1 symbols, %2 with bars.</source>
        <translation>%1 सिंबल, %2 बार सहित।</translation>
    </message>
    <message>
        <source>No symbol has bars: load data.</source>
        <translation>किसी सिंबल के बार नहीं हैं: डेटा लोड करें।</translation>
    </message>
    <message>
        <source>%1 of %2 symbols with bars (%3%) are stale: their last bar is more than %4 business days before %5.</source>
        <translation>बार वाले %2 में से %1 सिंबल (%3%) पुराने हैं: उनका अंतिम बार %5 से %4 से अधिक कार्यदिवस पहले का है।</translation>
    </message>
    <message>
        <source>%1 of %2 symbols with bars are fresh (%3 up to %4).</source>
        <translation>बार वाले %2 में से %1 सिंबल ताज़ा हैं (%3 के बार %4 तक)।</translation>
    </message>
    <message>
        <source>%1 free on the database's disk (%2%).</source>
        <translation>डेटाबेस की डिस्क पर %1 खाली (%2%)।</translation>
    </message>
    <message>
        <source>Low disk space: %1 free on the database's disk (%2%).</source>
        <translation>डिस्क में कम जगह: डेटाबेस की डिस्क पर %1 खाली (%2%)।</translation>
    </message>
    <message>
        <source>The database (%1) is larger than the free disk space (%2): a backup or VACUUM would not fit.</source>
        <translation>डेटाबेस (%1) खाली डिस्क स्थान (%2) से बड़ा है: बैकअप या VACUUM के लिए जगह नहीं होगी।</translation>
    </message>
    <message>
        <source>Database integrity check: ok.</source>
        <translation>डेटाबेस अखंडता जाँच: ठीक।</translation>
    </message>
    <message>
        <source>Database integrity check failed: %1</source>
        <translation>डेटाबेस अखंडता जाँच विफल: %1</translation>
    </message>
    <message>
        <source>Data validation: %1 %2 — %3</source>
        <translation>डेटा सत्यापन: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Data validation: %1 more findings (tessera-cli run-all findings)</source>
        <translation>डेटा सत्यापन: %1 और निष्कर्ष (tessera-cli run-all findings)</translation>
    </message>
</context>
<context>
    <name>Tessera::Track</name>
    <message>
        <source>all %1 calls</source>
        <translation>सभी %1 कॉल</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui</name>
    <message>
        <source>%1 bars (grade A needs 250)</source>
        <translation>%1 बार (ग्रेड A के लिए 250 चाहिए)</translation>
    </message>
    <message>
        <source>%1 missing business days (%2 % of the bars)</source>
        <translation>%1 कार्यदिवस गायब (बार का %2 %)</translation>
    </message>
    <message>
        <source>%1 zero-volume days</source>
        <translation>%1 शून्य-वॉल्यूम दिन</translation>
    </message>
    <message>
        <source>Yahoo server</source>
        <translation>Yahoo सर्वर</translation>
    </message>
    <message>
        <source>Stooq server</source>
        <translation>Stooq सर्वर</translation>
    </message>
    <message>
        <source>Yahoo request rate</source>
        <translation>Yahoo अनुरोध दर</translation>
    </message>
    <message>
        <source>Stooq request rate</source>
        <translation>Stooq अनुरोध दर</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>एक साथ चल रहे अनुरोध</translation>
    </message>
    <message>
        <source>Timeout without data</source>
        <translation>डेटा के बिना टाइमआउट</translation>
    </message>
    <message>
        <source>Deadline per request</source>
        <translation>प्रति अनुरोध समय-सीमा</translation>
    </message>
    <message>
        <source>Largest answer</source>
        <translation>सबसे बड़ा उत्तर</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>पुनःप्रयास</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>पहला पुनःप्रयास इसके बाद</translation>
    </message>
    <message>
        <source>History of a new symbol</source>
        <translation>नए सिंबल का इतिहास</translation>
    </message>
    <message>
        <source>Update overlap</source>
        <translation>अपडेट ओवरलैप</translation>
    </message>
    <message>
        <source>Bars in the tiles</source>
        <translation>टाइलों में बार</translation>
    </message>
    <message>
        <source>Order sizes costed</source>
        <translation>लागत आँके गए ऑर्डर आकार</translation>
    </message>
    <message>
        <source>Market impact coefficient k</source>
        <translation>मार्केट इम्पैक्ट गुणांक k</translation>
    </message>
    <message>
        <source>Monte Carlo runs per order size</source>
        <translation>प्रति ऑर्डर आकार Monte Carlo रन</translation>
    </message>
    <message>
        <source>Verdict formula</source>
        <translation>निर्णय सूत्र</translation>
    </message>
    <message>
        <source>Verdict weight: momentum</source>
        <translation>निर्णय भार: मोमेंटम</translation>
    </message>
    <message>
        <source>Verdict weight: flow</source>
        <translation>निर्णय भार: फ़्लो</translation>
    </message>
    <message>
        <source>Verdict weight: liquidity</source>
        <translation>निर्णय भार: लिक्विडिटी</translation>
    </message>
    <message>
        <source>Verdict weight: cost</source>
        <translation>निर्णय भार: लागत</translation>
    </message>
    <message>
        <source>UP above score</source>
        <translation>इस स्कोर से ऊपर UP</translation>
    </message>
    <message>
        <source>DOWN below score</source>
        <translation>इस स्कोर से नीचे DOWN</translation>
    </message>
    <message>
        <source>Validation tolerance factor</source>
        <translation>सत्यापन सहनशीलता गुणक</translation>
    </message>
    <message>
        <source>JSON documents folder</source>
        <translation>JSON दस्तावेज़ फ़ोल्डर</translation>
    </message>
    <message>
        <source>Walk-forward folds</source>
        <translation>वॉक-फ़ॉरवर्ड फ़ोल्ड</translation>
    </message>
    <message>
        <source>Fewest rows to train</source>
        <translation>ट्रेनिंग के लिए न्यूनतम पंक्तियाँ</translation>
    </message>
    <message>
        <source>Model versions kept</source>
        <translation>रखे जाने वाले मॉडल संस्करण</translation>
    </message>
    <message>
        <source>Retrain forests and boosting after</source>
        <translation>फ़ॉरेस्ट और बूस्टिंग को फिर से ट्रेन करें इसके बाद</translation>
    </message>
    <message>
        <source>Predictions expire after</source>
        <translation>अनुमान इसके बाद समाप्त होते हैं</translation>
    </message>
    <message>
        <source>Production gate: MSE skill over naive</source>
        <translation>प्रोडक्शन गेट: नैव पर MSE स्किल</translation>
    </message>
    <message>
        <source>Production gate: minimum IC</source>
        <translation>प्रोडक्शन गेट: न्यूनतम IC</translation>
    </message>
    <message>
        <source>Production gate: minimum IC t-statistic</source>
        <translation>प्रोडक्शन गेट: न्यूनतम IC t-सांख्यिकी</translation>
    </message>
    <message>
        <source>Production gate: hit-rate edge over naive</source>
        <translation>प्रोडक्शन गेट: नैव पर हिट-रेट बढ़त</translation>
    </message>
    <message>
        <source>Production gate: share of folds beaten</source>
        <translation>प्रोडक्शन गेट: पराजित फ़ोल्ड का हिस्सा</translation>
    </message>
    <message>
        <source>Random forest: trees</source>
        <translation>रैंडम फ़ॉरेस्ट: पेड़</translation>
    </message>
    <message>
        <source>Random forest: features tried per split</source>
        <translation>रैंडम फ़ॉरेस्ट: प्रति विभाजन आज़माए गए फ़ीचर</translation>
    </message>
    <message>
        <source>Gradient boosting: tree depth</source>
        <translation>ग्रेडिएंट बूस्टिंग: पेड़ की गहराई</translation>
    </message>
    <message>
        <source>Gradient boosting: learning rate (eta)</source>
        <translation>ग्रेडिएंट बूस्टिंग: लर्निंग रेट (eta)</translation>
    </message>
    <message>
        <source>Gradient boosting: most rounds</source>
        <translation>ग्रेडिएंट बूस्टिंग: अधिकतम राउंड</translation>
    </message>
    <message>
        <source>Keep daily exports for</source>
        <translation>दैनिक निर्यात इतने समय रखें</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>निर्यात फ़ोल्डर</translation>
    </message>
    <message>
        <source>Binance server</source>
        <translation>Binance सर्वर</translation>
    </message>
    <message>
        <source>Binance request rate</source>
        <translation>Binance अनुरोध दर</translation>
    </message>
    <message>
        <source>Binance weight limit</source>
        <translation>Binance वेट सीमा</translation>
    </message>
    <message>
        <source>Binance bar interval</source>
        <translation>Binance बार अंतराल</translation>
    </message>
    <message>
        <source>Day boundary of 24/7 markets</source>
        <translation>24/7 बाज़ारों की दिन-सीमा</translation>
    </message>
    <message>
        <source>Hourly model horizons</source>
        <translation>प्रति घंटा मॉडल अवधियाँ</translation>
    </message>
    <message>
        <source>Hourly full-retrain window</source>
        <translation>प्रति घंटा पूर्ण री-ट्रेन अवधि</translation>
    </message>
    <message>
        <source>Hourly forest trees</source>
        <translation>प्रति घंटा फ़ॉरेस्ट पेड़</translation>
    </message>
    <message>
        <source>Hourly forest library</source>
        <translation>प्रति घंटा फ़ॉरेस्ट लाइब्रेरी</translation>
    </message>
    <message>
        <source>Hourly prediction lifetime</source>
        <translation>प्रति घंटा अनुमान की वैधता</translation>
    </message>
    <message>
        <source>Walk-forward: rows per test fold</source>
        <translation>वॉक-फ़ॉरवर्ड: प्रति टेस्ट फ़ोल्ड पंक्तियाँ</translation>
    </message>
    <message>
        <source>Walk-forward: most folds</source>
        <translation>वॉक-फ़ॉरवर्ड: अधिकतम फ़ोल्ड</translation>
    </message>
    <message>
        <source>Random forest: library</source>
        <translation>रैंडम फ़ॉरेस्ट: लाइब्रेरी</translation>
    </message>
    <message>
        <source>Random forest: fewest rows in a leaf</source>
        <translation>रैंडम फ़ॉरेस्ट: लीफ़ में न्यूनतम पंक्तियाँ</translation>
    </message>
    <message>
        <source>Random forest: tree depth</source>
        <translation>रैंडम फ़ॉरेस्ट: ट्री की गहराई</translation>
    </message>
    <message>
        <source>Random forest: fewest rows in a leaf (share)</source>
        <translation>रैंडम फ़ॉरेस्ट: लीफ़ में न्यूनतम पंक्तियाँ (अनुपात)</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::AbsorptionFlowTile</name>
    <message>
        <source>Absorption flow · imbalance %1%2 %</source>
        <translation>एब्ज़ॉर्प्शन फ़्लो · असंतुलन %1%2 %</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>शेयर</translation>
    </message>
    <message>
        <source>shares (%1)</source>
        <translation>शेयर (%1)</translation>
    </message>
    <message>
        <source>Buy volume</source>
        <translation>खरीद वॉल्यूम</translation>
    </message>
    <message>
        <source>Sell volume</source>
        <translation>बिक्री वॉल्यूम</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>नेट</translation>
    </message>
    <message>
        <source>%1
Buy %2
Sell %3
Net %4</source>
        <translation>%1
खरीद %2
बिक्री %3
नेट %4</translation>
    </message>
    <message>
        <source>Buying %1 %, selling %2 % of the volume over %3 days (by the close's place in the day's range).</source>
        <translation>%3 दिनों में वॉल्यूम का %1 % ख़रीद, %2 % बिक्री (दिन की रेंज में बंद भाव के स्थान से)।</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ActivityHeatmapTile</name>
    <message>
        <source>Activity · mean volume %1 – %2</source>
        <translation>गतिविधि · औसत वॉल्यूम %1 – %2</translation>
    </message>
    <message>
        <source>Activity · no bars</source>
        <translation>गतिविधि · कोई बार नहीं</translation>
    </message>
    <message>
        <source>%1, %2
Mean volume %3</source>
        <translation>%1, %2
औसत वॉल्यूम %3</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::AlertsPanel</name>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>चार्ट दिखाएँ</translation>
    </message>
    <message>
        <source>Remove alert</source>
        <translation>अलर्ट हटाएँ</translation>
    </message>
    <message>
        <source>Reading the price alerts failed: %1</source>
        <translation>मूल्य अलर्ट पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>No alert set: %1</source>
        <translation>कोई अलर्ट सेट नहीं: %1</translation>
    </message>
    <message>
        <source>Alert set: %1 rises to %2</source>
        <translation>अलर्ट सेट: %1 बढ़कर %2 तक</translation>
    </message>
    <message>
        <source>Alert set: %1 falls to %2</source>
        <translation>अलर्ट सेट: %1 गिरकर %2 तक</translation>
    </message>
    <message>
        <source>Removing the alert failed: %1</source>
        <translation>अलर्ट हटाना विफल: %1</translation>
    </message>
    <message>
        <source>hit %1 · close %2</source>
        <translation>%1 को ट्रिगर · बंद भाव %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>%1 rises to %2: fires on the first new bar whose high reaches it</source>
        <translation>%1 बढ़कर %2 तक: पहले नए बार पर ट्रिगर होगा जिसका हाई इस तक पहुँचे</translation>
    </message>
    <message>
        <source>%1 falls to %2: fires on the first new bar whose low reaches it</source>
        <translation>%1 गिरकर %2 तक: पहले नए बार पर ट्रिगर होगा जिसका लो इस तक पहुँचे</translation>
    </message>
    <message>
        <source>Set %1 when the close was %2; checked through %3</source>
        <translation>%1 को सेट किया, तब बंद भाव %2 था; %3 तक जाँचा गया</translation>
    </message>
    <message>
        <source>No price alerts: right-click the chart ▸ Alert at this price.</source>
        <translation>कोई मूल्य अलर्ट नहीं: चार्ट पर राइट-क्लिक करें ▸ इस मूल्य पर अलर्ट।</translation>
    </message>
    <message>
        <source>%1 active, %2 triggered · checked after each data update</source>
        <translation>%1 सक्रिय, %2 ट्रिगर हुए · हर डेटा अपडेट के बाद जाँचे जाते हैं</translation>
    </message>
    <message>
        <source>Acknowledge screen alert</source>
        <translation>स्क्रीन अलर्ट स्वीकार करें</translation>
    </message>
    <message>
        <source>Acknowledging failed: %1</source>
        <translation>स्वीकार करना विफल: %1</translation>
    </message>
    <message>
        <source>entered %1</source>
        <translation>शामिल हुआ %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>बाहर हुआ %1</translation>
    </message>
    <message>
        <source> · seen</source>
        <translation> · देखा गया</translation>
    </message>
    <message>
        <source> · %1 screen alert(s) not yet acknowledged</source>
        <translation> · %1 स्क्रीन अलर्ट अभी स्वीकार नहीं किए गए</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::AppearanceSettingsPage</name>
    <message>
        <source>Follow the desktop</source>
        <translation>डेस्कटॉप का अनुसरण करें</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>रंग:</translation>
    </message>
    <message>
        <source>The colours of rising and falling prices in charts, tiles and tables</source>
        <translation>चार्ट, टाइलों और तालिकाओं में बढ़ते और गिरते भाव के रंग</translation>
    </message>
    <message>
        <source>Green rising, red falling</source>
        <translation>हरा बढ़त, लाल गिरावट</translation>
    </message>
    <message>
        <source>Red rising, green falling (East Asian markets)</source>
        <translation>लाल बढ़त, हरा गिरावट (पूर्वी एशियाई बाज़ार)</translation>
    </message>
    <message>
        <source>Blue rising, orange falling (colour-blind safe)</source>
        <translation>नीला बढ़त, नारंगी गिरावट (रंग-अंधता के लिए सुरक्षित)</translation>
    </message>
    <message>
        <source>Chart colours:</source>
        <translation>चार्ट रंग:</translation>
    </message>
    <message>
        <source>Applies at once to the window; a chart already drawn takes the new colours when it is drawn again (select another symbol). Also: tessera --theme light|dark|system and --chart-colors green-up|red-up|blue-orange for one session.</source>
        <translation>विंडो पर तुरंत लागू होता है; पहले से बना चार्ट नए रंग तब लेता है जब वह फिर से बनता है (कोई दूसरा सिंबल चुनें)। एक सत्र के लिए: tessera --theme light|dark|system और --chart-colors green-up|red-up|blue-orange।</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::BacktestChartView</name>
    <message>
        <source>drawdown</source>
        <translation>ड्रॉडाउन</translation>
    </message>
    <message>
        <source>growth of 1</source>
        <translation>1 की वृद्धि</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::BacktestWindow</name>
    <message>
        <source>Backtests</source>
        <translation>बैकटेस्ट</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>मेट्रिक्स</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>ट्रेड</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>इक्विटी</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Run a backtest</source>
        <translation>बैकटेस्ट चलाएँ</translation>
    </message>
    <message>
        <source>A stored screen or strategy, or an expression such as "rsi_14 &lt; 30 and close &gt; sma_200".</source>
        <translation>कोई संग्रहीत स्क्रीन या रणनीति, या "rsi_14 &lt; 30 and close &gt; sma_200" जैसा एक्सप्रेशन.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>daily, weekly (first trading day of each week), monthly, or every N trading days</source>
        <translation>दैनिक, साप्ताहिक (हर सप्ताह का पहला ट्रेडिंग दिन), मासिक, या हर N ट्रेडिंग दिन</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>रीबैलेंस</translation>
    </message>
    <message>
        <source>Top N</source>
        <translation>शीर्ष N</translation>
    </message>
    <message>
        <source> trading days</source>
        <translation> ट्रेडिंग दिन</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>होल्ड</translation>
    </message>
    <message>
        <source>Starting capital: the slippage model prices each order of it, on both legs</source>
        <translation>आरंभिक पूंजी: स्लिपेज मॉडल इसके हर ऑर्डर का मूल्य दोनों लेग पर तय करता है</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>नोशनल</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Exit when a day's low reaches this far below the entry; a bar touching both the stop and the target counts as the stop</source>
        <translation>जब किसी दिन का निम्न एंट्री से इतना नीचे पहुँचे तब बाहर निकलें; स्टॉप और लक्ष्य दोनों को छूने वाला बार स्टॉप माना जाता है</translation>
    </message>
    <message>
        <source>Exit when a day's high reaches this far above the entry</source>
        <translation>जब किसी दिन का उच्च एंट्री से इतना ऊपर पहुँचे तब बाहर निकलें</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Allow stale fundamentals</source>
        <translation>पुराने फ़ंडामेंटल्स की अनुमति दें</translation>
    </message>
    <message>
        <source>Fundamentals are not point-in-time before Tessera began collecting them: use the first stored values for earlier days (the report says so)</source>
        <translation>Tessera द्वारा संग्रह शुरू करने से पहले के फ़ंडामेंटल्स point-in-time नहीं हैं: पहले के दिनों के लिए पहले संग्रहीत मान उपयोग करें (रिपोर्ट में यह बताया जाता है)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>संग्रहीत रन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Bench.</source>
        <translation>बेंच.</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>दो की तुलना करें</translation>
    </message>
    <message>
        <source>Select two runs: their equity curves on one chart, metrics side by side</source>
        <translation>दो रन चुनें: उनके इक्विटी कर्व एक चार्ट पर, मेट्रिक्स साथ-साथ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select exactly two stored runs to compare.</source>
        <translation>तुलना के लिए ठीक दो संग्रहीत रन चुनें.</translation>
    </message>
    <message>
        <source>Remove backtests</source>
        <translation>बैकटेस्ट हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stored run(s)?</source>
        <translation>
            <numerusform>%n संग्रहीत रन हटाएँ?</numerusform>
            <numerusform>%n संग्रहीत रन हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the stored runs: %1</source>
        <translation>संग्रहीत रन नहीं पढ़े जा सके: %1</translation>
    </message>
    <message>
        <source>%v of %m rebalances · %1</source>
        <translation>%m में से %v रीबैलेंस · %1</translation>
    </message>
    <message>
        <source>Loading the stored history…</source>
        <translation>संग्रहीत इतिहास लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Choose a screen or type an expression.</source>
        <translation>कोई स्क्रीन चुनें या एक्सप्रेशन टाइप करें.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>बैकटेस्ट विफल रहा: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rebalance(s) replayed</source>
        <translation>
            <numerusform>%n रीबैलेंस रीप्ले किए गए</numerusform>
            <numerusform>%n रीबैलेंस रीप्ले किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as run #%1 (%2 s).</source>
        <translation>रन #%1 के रूप में संग्रहीत (%2 सेकंड).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Run #%1.</source>
        <translation>रन #%1.</translation>
    </message>
    <message>
        <source>Comparing run #%1 with run #%2.</source>
        <translation>रन #%1 की तुलना रन #%2 से.</translation>
    </message>
    <message>
        <source>%1: %2 to %3, rebalance %4, top %5, hold %6</source>
        <translation>%1: %2 से %3, रीबैलेंस %4, शीर्ष %5, होल्ड %6</translation>
    </message>
    <message>
        <source>strategy (after costs)</source>
        <translation>रणनीति (लागत के बाद)</translation>
    </message>
    <message>
        <source>equal-weight universe</source>
        <translation>समान-भार यूनिवर्स</translation>
    </message>
    <message>
        <source>Drawdown of the strategy</source>
        <translation>रणनीति का ड्रॉडाउन</translation>
    </message>
    <message>
        <source>drawdown</source>
        <translation>ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>रणनीति</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>शर्तें: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Ranked by: %1</source>
        <translation>रैंकिंग आधार: %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 बनाम %2</translation>
    </message>
    <message>
        <source>equal-weight universe (%1)</source>
        <translation>समान-भार यूनिवर्स (%1)</translation>
    </message>
    <message>
        <source>Drawdowns</source>
        <translation>ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Left: %1 (%2). Right: %3 (%4). The benchmark column is the first run's.</source>
        <translation>बाएँ: %1 (%2). दाएँ: %3 (%4). बेंचमार्क कॉलम पहले रन का है.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>मेट्रिक</translation>
    </message>
    <message>
        <source>Benchmark (equal-weight universe)</source>
        <translation>बेंचमार्क (समान-भार यूनिवर्स)</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>कुल रिटर्न</translation>
    </message>
    <message>
        <source>Volatility (annualised)</source>
        <translation>अस्थिरता (वार्षिक)</translation>
    </message>
    <message>
        <source>Sharpe (risk-free 0)</source>
        <translation>Sharpe (जोखिम-मुक्त 0)</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source>Hit rate (trades with a gain)</source>
        <translation>हिट दर (लाभ वाले ट्रेड)</translation>
    </message>
    <message>
        <source>Turnover (per year)</source>
        <translation>टर्नओवर (प्रति वर्ष)</translation>
    </message>
    <message>
        <source>Costs paid</source>
        <translation>चुकाई गई लागत</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>एक्सपोज़र</translation>
    </message>
    <message>
        <source>Rebalances</source>
        <translation>रीबैलेंस</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>रैंक</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>एंट्री मूल्य</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>एग्ज़िट</translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation>एग्ज़िट मूल्य</translation>
    </message>
    <message>
        <source>Exit by</source>
        <translation>एग्ज़िट कारण</translation>
    </message>
    <message>
        <source>Net return</source>
        <translation>शुद्ध रिटर्न</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>आवंटित</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>बेंचमार्क</translation>
    </message>
    <message>
        <source>Retrain ML scores every</source>
        <translation>ML स्कोर दोबारा ट्रेन करें हर</translation>
    </message>
    <message>
        <source>Cross-sectional ML scores from models retrained walk-forward, each on data up to its retrain day only, instead of the stored models' scores (slower: two models per retrain; the stored models are not changed)</source>
        <translation>संग्रहीत मॉडलों के स्कोर के बजाय वॉक-फ़ॉरवर्ड दोबारा ट्रेन किए गए मॉडलों से क्रॉस-सेक्शनल ML स्कोर, हर मॉडल केवल अपने री-ट्रेन दिन तक के डेटा पर (धीमा: हर री-ट्रेन पर दो मॉडल; संग्रहीत मॉडल नहीं बदलते)</translation>
    </message>
    <message>
        <source>verdicts as of the rebalance days: %v of %m symbols</source>
        <translation>रीबैलेंस दिनों के अनुसार निर्णय: %m में से %v सिंबल</translation>
    </message>
    <message>
        <source>walk-forward ML models: %v of %m fits · %1</source>
        <translation>वॉक-फ़ॉरवर्ड ML मॉडल: %m में से %v फ़िट · %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::BollingerTile</name>
    <message>
        <source>Bollinger (20, 2σ) · band %1 – %2</source>
        <translation>Bollinger (20, 2σ) · बैंड %1 – %2</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>बैंड</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>ऊपरी</translation>
    </message>
    <message>
        <source>SMA 20</source>
        <translation>SMA 20</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>निचला</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद भाव</translation>
    </message>
    <message>
        <source>%1
Close %2
Upper %3
SMA 20 %4
Lower %5</source>
        <translation>%1
बंद भाव %2
ऊपरी %3
SMA 20 %4
निचला %5</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::BrokerLoginDialog</name>
    <message>
        <source>Connect a broker</source>
        <translation>ब्रोकर कनेक्ट करें</translation>
    </message>
    <message>
        <source>Zerodha Kite</source>
        <translation>Zerodha Kite</translation>
    </message>
    <message>
        <source>Fyers</source>
        <translation>Fyers</translation>
    </message>
    <message>
        <source>Kite api_key or Fyers app_id (empty: the stored one)</source>
        <translation>Kite api_key या Fyers app_id (खाली: संग्रहीत वाला)</translation>
    </message>
    <message>
        <source>API secret (kept in the system keychain only)</source>
        <translation>API secret (केवल सिस्टम कीचेन में रखा जाता है)</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>ब्रोकर:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API secret:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>रीडायरेक्ट पोर्ट:</translation>
    </message>
    <message>
        <source>Redirect URL to register:</source>
        <translation>पंजीकृत करने के लिए redirect URL:</translation>
    </message>
    <message>
        <source>Live trading is ON: orders to a connected account still ask for a confirmation naming the broker and account.</source>
        <translation>लाइव ट्रेडिंग चालू है: कनेक्टेड खाते के ऑर्डर अब भी ब्रोकर और खाते के नाम के साथ पुष्टि माँगते हैं.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>लॉग इन करें…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>लॉग आउट करें</translation>
    </message>
    <message>
        <source>Log in opens the broker's login page in your browser; the broker sends the browser back to Tessera on this computer. Keys, secrets and the day's access token are kept in the system keychain, never in Tessera's files.</source>
        <translation>लॉग इन करने पर आपके ब्राउज़र में ब्रोकर का लॉगिन पेज खुलता है; ब्रोकर ब्राउज़र को इसी कंप्यूटर पर Tessera पर वापस भेजता है. Keys, secrets और दिन का एक्सेस टोकन सिस्टम कीचेन में रखे जाते हैं, Tessera की फ़ाइलों में कभी नहीं.</translation>
    </message>
    <message>
        <source>No login answer from the browser within %1 s: check that the app's redirect URL is %2.</source>
        <translation>%1 सेकंड में ब्राउज़र से कोई लॉगिन उत्तर नहीं मिला: जाँचें कि ऐप का redirect URL %2 है.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>कीचेन पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>%1: not set up. Enter the API key and secret of your %1 app.</source>
        <translation>%1: सेट अप नहीं है. अपने %1 ऐप की API key और secret दर्ज करें.</translation>
    </message>
    <message>
        <source>%1: API key stored, not logged in.</source>
        <translation>%1: API key संग्रहीत है, लॉग इन नहीं है.</translation>
    </message>
    <message>
        <source>%1: the session of %2 expired: log in again.</source>
        <translation>%1: %2 का सत्र समाप्त हो गया: फिर से लॉग इन करें.</translation>
    </message>
    <message>
        <source>%1: logged in as %2 (%3) until %4.</source>
        <translation>%1: %2 (%3) के रूप में %4 तक लॉग इन है.</translation>
    </message>
    <message>
        <source>Preparing the login…</source>
        <translation>लॉगिन की तैयारी हो रही है…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>%1 में लॉग इन हो रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the %1 login in your browser (the page opened at %2)…</source>
        <translation>आपके ब्राउज़र में %1 लॉगिन की प्रतीक्षा (पेज %2 पर खुला)…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>लॉग आउट हो रहा है…</translation>
    </message>
    <message>
        <source>Live trading is off (the default): orders go to the paper account. Turn it on with Brokers ▸ Live trading enabled (or: tessera-cli settings set broker/liveTrading on).</source>
        <translation>लाइव ट्रेडिंग बंद है (डिफ़ॉल्ट): ऑर्डर पेपर खाते में जाते हैं. इसे ब्रोकर ▸ लाइव ट्रेडिंग सक्षम से चालू करें (या: tessera-cli settings set broker/liveTrading on).</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::BuyPicksDialog</name>
    <message>
        <source>Buy the top picks</source>
        <translation>शीर्ष पिक्स खरीदें</translation>
    </message>
    <message>
        <source>The paper account buys the best-ranked picks it does not hold yet, at the next bar's open.</source>
        <translation>पेपर खाता सबसे ऊँची रैंक वाले वे पिक्स खरीदता है जो अभी होल्ड नहीं हैं, अगले बार के ओपन पर.</translation>
    </message>
    <message>
        <source>Positions (top N):</source>
        <translation>पोज़िशन (शीर्ष N):</translation>
    </message>
    <message>
        <source>Equal weight of the cash</source>
        <translation>नकदी का समान भार</translation>
    </message>
    <message>
        <source>Fixed amount each</source>
        <translation>प्रत्येक के लिए निश्चित राशि</translation>
    </message>
    <message>
        <source>Risk-based (to the pick's stop)</source>
        <translation>जोखिम-आधारित (पिक के स्टॉप तक)</translation>
    </message>
    <message>
        <source>Position size:</source>
        <translation>पोज़िशन आकार:</translation>
    </message>
    <message>
        <source>Amount each:</source>
        <translation>प्रत्येक की राशि:</translation>
    </message>
    <message>
        <source>Risk per position:</source>
        <translation>प्रति पोज़िशन जोखिम:</translation>
    </message>
    <message>
        <source>Attach each pick's target and stop as exits (OCO)</source>
        <translation>हर पिक का लक्ष्य और स्टॉप एग्ज़िट के रूप में जोड़ें (OCO)</translation>
    </message>
    <message>
        <source>Only picks recommended BUY</source>
        <translation>केवल BUY अनुशंसित पिक्स</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>खरीदें</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>नहीं दिया गया: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Nothing to buy: every slot is taken or the picks are held already.</source>
        <translation>खरीदने को कुछ नहीं: हर स्लॉट भरा है या पिक्स पहले से होल्ड हैं.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed in the paper account: %1</source>
        <translation>
            <numerusform>पेपर खाते में %n ऑर्डर दिए गए: %1</numerusform>
            <numerusform>पेपर खाते में %n ऑर्डर दिए गए: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::CalendarSettingsPage</name>
    <message>
        <source>Quality grades count a weekday without a bar as missing unless the symbol's market was closed. After every load Tessera infers each market's closed days from its stored bars (a weekday on which none of at least 5 listed symbols traded); holidays imported with &lt;tt&gt;tessera-cli schedule holidays import FILE --calendar MARKET&lt;/tt&gt; are kept. Crypto trades every day.</source>
        <translation>गुणवत्ता ग्रेड बिना बार वाले कार्यदिवस को अनुपस्थित गिनते हैं, जब तक उस सिंबल का बाज़ार बंद न रहा हो। हर लोड के बाद Tessera हर बाज़ार के बंद दिन उसके संग्रहीत बार से अनुमानित करता है (ऐसा कार्यदिवस जिस दिन कम से कम 5 सूचीबद्ध सिंबल में से किसी का भी कारोबार नहीं हुआ); &lt;tt&gt;tessera-cli schedule holidays import FILE --calendar MARKET&lt;/tt&gt; से आयात किए गए अवकाश बने रहते हैं। क्रिप्टो हर दिन कारोबार करता है।</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>बाज़ार</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>बंद दिन</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Symbols: stored symbols of the market with bars. Closed days: weekdays on which the market was closed, within the stored history.</source>
        <translation>सिंबल: बाज़ार के बार वाले संग्रहीत सिंबल। बंद दिन: संग्रहीत इतिहास के भीतर वे कार्यदिवस जिन पर बाज़ार बंद था।</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>बंद होने का कारण</translation>
    </message>
    <message>
        <source>Could not read the calendars: %1</source>
        <translation>कैलेंडर नहीं पढ़े जा सके: %1</translation>
    </message>
    <message>
        <source>%1 — tickers without an exchange suffix (the market calendar)</source>
        <translation>%1 — एक्सचेंज प्रत्यय के बिना टिकर (बाज़ार कैलेंडर)</translation>
    </message>
    <message>
        <source>never closes</source>
        <translation>कभी बंद नहीं होता</translation>
    </message>
    <message>
        <source>No symbol has stored bars yet: load data first.</source>
        <translation>अभी किसी सिंबल के बार संग्रहीत नहीं हैं: पहले डेटा लोड करें।</translation>
    </message>
    <message>
        <source>%1 trades every day, weekends included: every calendar day without a bar is missing.</source>
        <translation>%1 सप्ताहांत सहित हर दिन कारोबार करता है: बिना बार वाला हर कैलेंडर दिन अनुपस्थित है।</translation>
    </message>
    <message numerus="yes">
        <source>Closed weekdays of %1 (%n day(s)):</source>
        <translation>
            <numerusform>%1 के बंद कार्यदिवस (%n दिन):</numerusform>
            <numerusform>%1 के बंद कार्यदिवस (%n दिन):</numerusform>
        </translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>कैलेंडर</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::CandleChartView</name>
    <message>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछला महीना</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>3M</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>पिछले तीन महीने</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>6M</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>पिछले छह महीने</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1Y</translation>
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
        <source>No bars stored for %1.
Import a CSV folder or load data from the File menu.</source>
        <translation>%1 के लिए कोई बार संग्रहीत नहीं है।
फ़ाइल मेनू से CSV फ़ोल्डर आयात करें या डेटा लोड करें।</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
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
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>5Y</translation>
    </message>
    <message>
        <source>Last five years</source>
        <translation>पिछले पाँच वर्ष</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>दैनिक</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>साप्ताहिक</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>How the bars are drawn</source>
        <translation>बार कैसे बनाए जाते हैं</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>कैंडल</translation>
    </message>
    <message>
        <source>OHLC bars</source>
        <translation>OHLC बार</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>एरिया</translation>
    </message>
    <message>
        <source>Heikin-Ashi</source>
        <translation>हाइकिन-आशी</translation>
    </message>
    <message>
        <source>Heikin-Ashi candles smooth the bars; the legend and the studies still show the real prices</source>
        <translation>हाइकिन-आशी कैंडल बार को स्मूद करते हैं; लेजेंड और स्टडीज़ फिर भी वास्तविक मूल्य दिखाते हैं</translation>
    </message>
    <message>
        <source>Price scale</source>
        <translation>मूल्य स्केल</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>रेखीय</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>प्रतिशत</translation>
    </message>
    <message>
        <source>Equal heights for equal percentage moves</source>
        <translation>समान प्रतिशत बदलाव के लिए समान ऊँचाई</translation>
    </message>
    <message>
        <source>Change from the first visible bar's close</source>
        <translation>पहले दिखाई देने वाले बार के बंद भाव से बदलाव</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>संकेतक…</translation>
    </message>
    <message>
        <source>Add, remove and edit indicators; save and load templates</source>
        <translation>संकेतक जोड़ें, हटाएँ और संपादित करें; टेम्पलेट सहेजें और लोड करें</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>तुलना…</translation>
    </message>
    <message>
        <source>Overlay other symbols (in percent from the first visible bar) or add a relative-strength pane against a benchmark</source>
        <translation>अन्य सिंबल ओवरले करें (पहले दिखाई देने वाले बार से प्रतिशत में) या किसी बेंचमार्क के मुकाबले सापेक्ष मजबूती पैन जोड़ें</translation>
    </message>
    <message>
        <source>%1, adjusted · %2</source>
        <translation>%1, समायोजित · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 bars from %2 to %3.</source>
        <translation>%2 से %3 तक %1 बार।</translation>
    </message>
    <message>
        <source>Prices are adjusted for splits and dividends, so they can differ from the quotes printed at the time.</source>
        <translation>मूल्य स्प्लिट और डिविडेंड के लिए समायोजित हैं, इसलिए ये उस समय छपे भावों से अलग हो सकते हैं।</translation>
    </message>
    <message>
        <source>The source delivered no adjusted closes: prices are as quoted.</source>
        <translation>स्रोत ने कोई समायोजित बंद भाव नहीं दिया: मूल्य कोट किए गए अनुसार हैं।</translation>
    </message>
    <message>
        <source>Relative strength vs %1</source>
        <translation>%1 के मुकाबले सापेक्ष मजबूती</translation>
    </message>
    <message>
        <source>Copy price %1</source>
        <translation>मूल्य %1 कॉपी करें</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>ज़ूम रीसेट करें</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>टाइमफ्रेम</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>चार्ट प्रकार</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>स्केल</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>इमेज सहेजें…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>इमेज कॉपी करें</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>चार्ट निर्यात करें</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG इमेज (*.png);;SVG ड्रॉइंग (*.svg)</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>सिंबल:</translation>
    </message>
    <message>
        <source>Add symbol…</source>
        <translation>सिंबल जोड़ें…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <source>Relative strength against…</source>
        <translation>इसके मुकाबले सापेक्ष मजबूती…</translation>
    </message>
    <message>
        <source>Relative strength against</source>
        <translation>इसके मुकाबले सापेक्ष मजबूती</translation>
    </message>
    <message>
        <source>Remove relative strength vs %1</source>
        <translation>%1 के मुकाबले सापेक्ष मजबूती हटाएँ</translation>
    </message>
    <message>
        <source>Tessera chart of %1</source>
        <translation>%1 का Tessera चार्ट</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 लिखा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name (not .%1)</source>
        <translation>कोई .png या .svg फ़ाइल नाम चुनें (.%1 नहीं)</translation>
    </message>
    <message>
        <source>Bar period. 60 min shows the stored hourly bars (hourly CSV files, Binance), in the market's time zone. Weekly and monthly bars are built from the daily bars; a week's bar is dated on its last trading day (Friday, or Thursday when Friday was a holiday).</source>
        <translation>बार अवधि। 60 मिनट संग्रहीत घंटेवार बार (घंटेवार CSV फ़ाइलें, Binance) मार्केट के समय क्षेत्र में दिखाता है। साप्ताहिक और मासिक बार दैनिक बारों से बनाए जाते हैं; किसी सप्ताह के बार की तारीख उसका अंतिम ट्रेडिंग दिन होती है (शुक्रवार, या गुरुवार जब शुक्रवार को छुट्टी थी)।</translation>
    </message>
    <message>
        <source>60 min</source>
        <translation>60 मिनट</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>(no 60-minute bars stored)</source>
        <translation>(कोई 60-मिनट बार संग्रहीत नहीं)</translation>
    </message>
    <message>
        <source>%1 bars from %2 to %3 (%4). Times are the bars' opening hours in %5; prices as traded.</source>
        <translation>%2 से %3 तक %1 बार (%4)। समय %5 में बारों के खुलने के घंटे हैं; कीमतें ट्रेड के अनुसार।</translation>
    </message>
    <message>
        <source>%1 stored 60-minute bars of %2</source>
        <translation>%2 के %1 संग्रहीत 60-मिनट बार</translation>
    </message>
    <message>
        <source>60-minute bars are shown for symbols with hourly bars stored</source>
        <translation>जिन सिंबल के घंटेवार बार संग्रहीत हैं, उनके लिए 60-मिनट बार दिखाए जाते हैं</translation>
    </message>
    <message>
        <source>No 60-minute bars stored for %1: load hourly CSV files (fetch --provider csv:DIR) or fetch from Binance with --interval 1h</source>
        <translation>%1 के लिए कोई 60-मिनट बार संग्रहीत नहीं: घंटेवार CSV फ़ाइलें लोड करें (fetch --provider csv:DIR) या --interval 1h के साथ Binance से प्राप्त करें</translation>
    </message>
    <message>
        <source>Comparisons and relative strength use daily bars: choose Daily, Weekly or Monthly</source>
        <translation>तुलना और सापेक्ष मज़बूती दैनिक बारों का उपयोग करती हैं: दैनिक, साप्ताहिक या मासिक चुनें</translation>
    </message>
    <message>
        <source>— daily, weekly and monthly bars only</source>
        <translation>— केवल दैनिक, साप्ताहिक और मासिक बार</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::CandlesTile</name>
    <message>
        <source>Candles · last %1 bars</source>
        <translation>कैंडल · अंतिम %1 बार</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>POC</translation>
    </message>
    <message>
        <source>%1
O %2  H %3
L %4  C %5
V %6</source>
        <translation>%1
O %2  H %3
L %4  C %5
V %6</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ChartGrid</name>
    <message>
        <source>Charts:</source>
        <translation>चार्ट:</translation>
    </message>
    <message>
        <source>One chart</source>
        <translation>एक चार्ट</translation>
    </message>
    <message>
        <source>%1 charts, each with its own symbol</source>
        <translation>%1 चार्ट, प्रत्येक का अपना सिंबल</translation>
    </message>
    <message>
        <source>Link crosshair and time</source>
        <translation>क्रॉसहेयर और समय लिंक करें</translation>
    </message>
    <message>
        <source>Panning, zooming and the crosshair move every chart to the same dates</source>
        <translation>पैन, ज़ूम और क्रॉसहेयर हर चार्ट को समान तारीखों पर ले जाते हैं</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>The symbol of this chart</source>
        <translation>इस चार्ट का सिंबल</translation>
    </message>
    <message>
        <source>Could not load the bars of %1:
%2</source>
        <translation>%1 के बार लोड नहीं हो सके:
%2</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::CrossSectionPanel</name>
    <message>
        <source>Price model (10-day return)</source>
        <translation>मूल्य मॉडल (10-दिवसीय रिटर्न)</translation>
    </message>
    <message>
        <source>Risk model (10-day drawdown)</source>
        <translation>जोखिम मॉडल (10-दिवसीय ड्रॉडाउन)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>No cross-sectional model stored yet: Tools ▸ Run ▸ Train cross-sectional models (or tessera-cli train-xs).</source>
        <translation>अभी तक कोई क्रॉस-सेक्शनल मॉडल सहेजा नहीं गया: उपकरण ▸ चलाएँ ▸ क्रॉस-सेक्शनल मॉडल ट्रेन करें (या tessera-cli train-xs)।</translation>
    </message>
    <message>
        <source>Daily rank IC</source>
        <translation>दैनिक rank IC</translation>
    </message>
    <message>
        <source>Mean outcome by predicted decile</source>
        <translation>अनुमानित डेसाइल के अनुसार औसत परिणाम</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>प्रतिशत</translation>
    </message>
    <message>
        <source>10-day return</source>
        <translation>10-दिवसीय रिटर्न</translation>
    </message>
    <message>
        <source>10-day max drawdown</source>
        <translation>10-दिवसीय अधिकतम ड्रॉडाउन</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · as of %2 · %3 symbols, %4 rows · %5, %6 per day&lt;br&gt;Daily rank IC %7 (sd %8, ICIR %9, Newey–West t %10 over %11 test days) against the baseline %12's %13 · top − bottom decile %14 before costs, %15 after · R² %16 · &lt;b&gt;%17&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 तक · %3 सिंबल, %4 पंक्तियाँ · %5, प्रति दिन %6&lt;br&gt;दैनिक rank IC %7 (sd %8, ICIR %9, Newey–West t %10, %11 परीक्षण दिनों में) बेसलाइन %12 के %13 के मुकाबले · शीर्ष − निचला डेसाइल लागत से पहले %14, लागत के बाद %15 · R² %16 · &lt;b&gt;%17&lt;/b&gt;</translation>
    </message>
    <message>
        <source>validated (t ≥ %1)</source>
        <translation>सत्यापित (t ≥ %1)</translation>
    </message>
    <message>
        <source>unvalidated: t below the gate %1, scores are not a signal</source>
        <translation>असत्यापित: t गेट %1 से कम है, स्कोर कोई संकेत नहीं हैं</translation>
    </message>
    <message>
        <source>Daily rank IC of the %1 model, out of sample%2</source>
        <translation>%1 मॉडल का दैनिक rank IC, आउट-ऑफ़-सैंपल%2</translation>
    </message>
    <message>
        <source> (unvalidated)</source>
        <translation> (असत्यापित)</translation>
    </message>
    <message>
        <source>Mean realised %1 by predicted decile</source>
        <translation>अनुमानित डेसाइल के अनुसार औसत वास्तविक %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::DataSourceSettingsPage</name>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Stooq</source>
        <translation>Stooq</translation>
    </message>
    <message>
        <source>A CSV folder</source>
        <translation>एक CSV फ़ोल्डर</translation>
    </message>
    <message>
        <source>The offline demo market (synthetic)</source>
        <translation>ऑफ़लाइन डेमो बाज़ार (कृत्रिम)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>अभी नहीं चुना गया</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>प्रदाता:</translation>
    </message>
    <message>
        <source>Folder of daily OHLCV files</source>
        <translation>दैनिक OHLCV फ़ाइलों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Network fetch (Yahoo and Stooq)</source>
        <translation>नेटवर्क फ़ेच (Yahoo और Stooq)</translation>
    </message>
    <message>
        <source>Network fetch</source>
        <translation>नेटवर्क फ़ेच</translation>
    </message>
    <message>
        <source>Choose the CSV folder first.</source>
        <translation>पहले CSV फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>CSV फ़ोल्डर</translation>
    </message>
    <message>
        <source>Yahoo's chart API: daily bars with adjusted close, dividends and splits for most markets (NSE .NS, BSE .BO, US, Europe). Updates every symbol in the database; import a universe first.</source>
        <translation>Yahoo का chart API: अधिकांश बाज़ारों (NSE .NS, BSE .BO, US, यूरोप) के लिए समायोजित बंद भाव, डिविडेंड और स्प्लिट सहित दैनिक बार। डेटाबेस के हर सिंबल को अपडेट करता है; पहले एक सूची आयात करें।</translation>
    </message>
    <message>
        <source>Stooq's daily CSV download (already back-adjusted) for US, UK, German, Japanese and other listings; no NSE/BSE data. Updates every symbol in the database.</source>
        <translation>US, UK, जर्मन, जापानी और अन्य लिस्टिंग के लिए Stooq का दैनिक CSV डाउनलोड (पहले से बैक-एडजस्टेड); NSE/BSE डेटा नहीं। डेटाबेस के हर सिंबल को अपडेट करता है।</translation>
    </message>
    <message>
        <source>Every *.csv and *.txt file in the folder, in any common layout; no internet needed.</source>
        <translation>फ़ोल्डर की हर *.csv और *.txt फ़ाइल, किसी भी सामान्य लेआउट में; इंटरनेट की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>The generated demo market; no internet needed.</source>
        <translation>जनरेट किया गया डेमो बाज़ार; इंटरनेट की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>None yet: the first successful load sets it.</source>
        <translation>अभी कोई नहीं: पहला सफल लोड इसे तय करता है।</translation>
    </message>
    <message>
        <source>Network fetch (%1)</source>
        <translation>नेटवर्क फ़ेच (%1)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>डेटा स्रोत</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::DecileChartView</name>
    <message>
        <source>decile of the prediction (1 = lowest, 10 = highest), out of sample</source>
        <translation>अनुमान का डेसाइल (1 = सबसे कम, 10 = सबसे अधिक), आउट-ऑफ़-सैंपल</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::DrawingLayer</name>
    <message>
        <source>%1: click on the chart to place it (Escape cancels)</source>
        <translation>%1: रखने के लिए चार्ट पर क्लिक करें (Escape से रद्द करें)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>टेक्स्ट नोट</translation>
    </message>
    <message>
        <source>Note on the chart of %1:</source>
        <translation>%1 के चार्ट पर नोट:</translation>
    </message>
    <message>
        <source>Colour of the drawing</source>
        <translation>ड्रॉइंग का रंग</translation>
    </message>
    <message>
        <source>Alert at this price (%1)</source>
        <translation>इस मूल्य पर अलर्ट (%1)</translation>
    </message>
    <message>
        <source>Alert at this level (%1)</source>
        <translation>इस स्तर पर अलर्ट (%1)</translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation>टेक्स्ट संपादित करें…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>रंग…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>ड्रॉ करें</translation>
    </message>
    <message>
        <source>Magnet to open/high/low/close</source>
        <translation>ओपन/हाई/लो/बंद भाव पर मैग्नेट</translation>
    </message>
    <message>
        <source>Delete all drawings of %1</source>
        <translation>%1 की सभी ड्रॉइंग हटाएँ</translation>
    </message>
    <message>
        <source>Copy price %1</source>
        <translation>मूल्य %1 कॉपी करें</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>ज़ूम रीसेट करें</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>इमेज सहेजें…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>चार्ट को इमेज के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG इमेज (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>Could not read the drawings of %1: %2</source>
        <translation>%1 की ड्रॉइंग नहीं पढ़ी जा सकीं: %2</translation>
    </message>
    <message>
        <source>Delete all 60-minute drawings of %1</source>
        <translation>%1 की सभी 60-मिनट ड्रॉइंग हटाएँ</translation>
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
        <translation>इसी कंप्यूटर पर कुछ सेकंड में जनरेट किए गए दो वर्षों के वास्तविक जैसे दैनिक बार। हर दृश्य आज़माने का सबसे तेज़ तरीका।</translation>
    </message>
    <message>
        <source>Import a CSV folder…</source>
        <translation>CSV फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <source>Daily OHLCV files, one per symbol or one long file (Yahoo, Stooq, NSE/Upstox layouts).</source>
        <translation>दैनिक OHLCV फ़ाइलें, प्रति सिंबल एक या एक लंबी फ़ाइल (Yahoo, Stooq, NSE/Upstox लेआउट)।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>NIFTY 50 (NSE) from Yahoo Finance</source>
        <translation>NIFTY 50 (NSE), Yahoo Finance से</translation>
    </message>
    <message>
        <source>Imports the 50 symbols with names and sectors, then loads their daily bars from Yahoo Finance (needs an internet connection; about a minute).</source>
        <translation>50 सिंबल नाम और सेक्टर के साथ आयात करता है, फिर उनके दैनिक बार Yahoo Finance से लोड करता है (इंटरनेट कनेक्शन चाहिए; लगभग एक मिनट)।</translation>
    </message>
    <message>
        <source>NIFTY 500 (NSE) from Yahoo Finance</source>
        <translation>NIFTY 500 (NSE), Yahoo Finance से</translation>
    </message>
    <message>
        <source>The same for the 500 symbols of the NIFTY 500 (a few minutes; cancel any time, a later load resumes).</source>
        <translation>NIFTY 500 के 500 सिंबल के लिए यही (कुछ मिनट; कभी भी रद्द करें, अगला लोड वहीं से जारी रहता है)।</translation>
    </message>
    <message>
        <source>S&amp;&amp;P 500 from Yahoo Finance</source>
        <translation>S&amp;&amp;P 500, Yahoo Finance से</translation>
    </message>
    <message>
        <source>The same for the S&amp;P 500 constituents.</source>
        <translation>S&amp;P 500 के घटकों के लिए यही।</translation>
    </message>
    <message>
        <source>“Not now” starts empty: every source is in the File and Tools menus.</source>
        <translation>“अभी नहीं” खाली शुरू करता है: हर स्रोत फ़ाइल और उपकरण मेनू में है।</translation>
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
        <translation>खाली का अर्थ है डिफ़ॉल्ट स्थान। बदलाव रीस्टार्ट के बाद लागू होता है; यह सत्र %1 का उपयोग करता है। --db विकल्प इसे ओवरराइड करता है।</translation>
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
        <translation>तुरंत लागू होता है। लॉग फ़ाइलें: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite डेटाबेस (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
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
        <translation>सूची एक नामित सूची है जिसे आप तालिका के ऊपर चुन सकते हैं; दोबारा आयात करने पर जोड़े और हटाए गए सिंबल बताए जाते हैं। टैग फ़िल्टर करने के लिए सिंबल को चिह्नित करता है (जैसे Shariah-अनुपालक सूची)।</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::IndicatorsDialog</name>
    <message>
        <source>Indicators</source>
        <translation>संकेतक</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>संकेतक खोजें</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>On the chart</source>
        <translation>चार्ट पर</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>टेम्पलेट:</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <source>Replace the chart's indicators by the template's</source>
        <translation>चार्ट के संकेतकों को टेम्पलेट के संकेतकों से बदलें</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save the chart's indicators as a named template</source>
        <translation>चार्ट के संकेतकों को नामित टेम्पलेट के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>चुना गया टेम्पलेट मिटाएँ</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>डिफ़ॉल्ट के रूप में सहेजें</translation>
    </message>
    <message>
        <source>New charts (and a reset) start with the chart's current indicators</source>
        <translation>नए चार्ट (और रीसेट) चार्ट के वर्तमान संकेतकों के साथ शुरू होते हैं</translation>
    </message>
    <message>
        <source>over the price</source>
        <translation>मूल्य के ऊपर</translation>
    </message>
    <message>
        <source>own pane</source>
        <translation>अलग पैन</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 पैरामीटर</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>लाइन का रंग</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>The template cannot be read: %1</source>
        <translation>टेम्पलेट पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>टेम्पलेट का नाम:</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::LiveTradingSwitch</name>
    <message>
        <source>&amp;Live trading enabled</source>
        <translation>&amp;लाइव ट्रेडिंग सक्षम</translation>
    </message>
    <message>
        <source>Let orders for a connected Kite or Fyers account go to the broker (each still asks for its own confirmation). Off: only the paper account trades.</source>
        <translation>कनेक्टेड Kite या Fyers खाते के ऑर्डर ब्रोकर को जाने दें (हर ऑर्डर फिर भी अपनी पुष्टि माँगता है). बंद: केवल पेपर खाता ट्रेड करता है.</translation>
    </message>
    <message>
        <source>Turn on live trading?</source>
        <translation>लाइव ट्रेडिंग चालू करें?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders for a connected broker account will go to the broker, with real money.&lt;/b&gt;</source>
        <translation>&lt;b&gt;कनेक्टेड ब्रोकर खाते के ऑर्डर असली पैसे के साथ ब्रोकर को जाएँगे.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each live order still shows a confirmation naming the broker, the account, the order and its estimated cost before anything is sent. The paper account is unaffected. Turn live trading off here at any time; open orders at the broker stay open until you cancel them.</source>
        <translation>हर लाइव ऑर्डर कुछ भी भेजने से पहले ब्रोकर, खाते, ऑर्डर और उसकी अनुमानित लागत के नाम के साथ पुष्टि दिखाता है. पेपर खाते पर कोई असर नहीं. लाइव ट्रेडिंग यहाँ कभी भी बंद करें; ब्रोकर पर खुले ऑर्डर तब तक खुले रहते हैं जब तक आप उन्हें रद्द न करें.</translation>
    </message>
    <message>
        <source>Turn on live trading</source>
        <translation>लाइव ट्रेडिंग चालू करें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::LoadTaskDialog</name>
    <message>
        <source>Load / update data</source>
        <translation>डेटा लोड / अपडेट करें</translation>
    </message>
    <message>
        <source>The configured provider</source>
        <translation>कॉन्फ़िगर किया गया प्रदाता</translation>
    </message>
    <message>
        <source>The configured provider (%1)</source>
        <translation>कॉन्फ़िगर किया गया प्रदाता (%1)</translation>
    </message>
    <message>
        <source>None yet: it becomes the provider of the first successful load.</source>
        <translation>अभी कोई नहीं: पहले सफल लोड का स्रोत ही प्रदाता बन जाता है।</translation>
    </message>
    <message>
        <source>Updates every symbol it offers; bars already stored are kept.</source>
        <translation>उपलब्ध हर सिंबल को अपडेट करता है; पहले से संग्रहीत बार बने रहते हैं।</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Daily bars, dividends and splits over the internet for every symbol in the database (NSE, BSE, US, Europe); only new days after the first fetch.</source>
        <translation>डेटाबेस के हर सिंबल (NSE, BSE, US, यूरोप) के लिए इंटरनेट से दैनिक बार, डिविडेंड और स्प्लिट; पहली फ़ेच के बाद केवल नए दिन।</translation>
    </message>
    <message>
        <source>Stooq</source>
        <translation>Stooq</translation>
    </message>
    <message>
        <source>Back-adjusted daily bars over the internet for US, UK, German, Japanese and other listings; no NSE/BSE data. Servers and request rates are in Settings ▸ Data source.</source>
        <translation>US, UK, जर्मन, जापानी और अन्य लिस्टिंग के लिए इंटरनेट से बैक-एडजस्टेड दैनिक बार; NSE/BSE डेटा नहीं। सर्वर और अनुरोध दरें सेटिंग्स ▸ डेटा स्रोत में हैं।</translation>
    </message>
    <message>
        <source>The offline demo market (synthetic)</source>
        <translation>ऑफ़लाइन डेमो बाज़ार (कृत्रिम)</translation>
    </message>
    <message numerus="yes">
        <source>%n generated stock(s) with realistic daily bars; no internet needed.</source>
        <translation>
            <numerusform>वास्तविक जैसे दैनिक बार वाले %n जनरेट किए गए शेयर; इंटरनेट की ज़रूरत नहीं।</numerusform>
            <numerusform>वास्तविक जैसे दैनिक बार वाले %n जनरेट किए गए शेयर; इंटरनेट की ज़रूरत नहीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV folder:</source>
        <translation>एक CSV फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Folder of daily OHLCV files</source>
        <translation>दैनिक OHLCV फ़ाइलों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Load the offline demo</source>
        <translation>ऑफ़लाइन डेमो लोड करें</translation>
    </message>
    <message>
        <source>Update data from Yahoo Finance</source>
        <translation>Yahoo Finance से डेटा अपडेट करें</translation>
    </message>
    <message>
        <source>Update data from Stooq</source>
        <translation>Stooq से डेटा अपडेट करें</translation>
    </message>
    <message>
        <source>Load CSV folder %1</source>
        <translation>CSV फ़ोल्डर %1 लोड करें</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>पहले एक फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>CSV फ़ोल्डर</translation>
    </message>
    <message>
        <source>Where should the bars come from?</source>
        <translation>बार कहाँ से लाए जाएँ?</translation>
    </message>
    <message>
        <source>Binance (crypto pairs)</source>
        <translation>Binance (क्रिप्टो पेयर)</translation>
    </message>
    <message numerus="yes">
        <source>Every stored crypto pair (%n)</source>
        <translation>
            <numerusform>सभी संग्रहीत क्रिप्टो पेयर (%n)</numerusform>
            <numerusform>सभी संग्रहीत क्रिप्टो पेयर (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n पेयर)</numerusform>
            <numerusform>%1 (%n पेयर)</numerusform>
        </translation>
    </message>
    <message>
        <source>No crypto universe yet: import Top crypto (USDT) first</source>
        <translation>अभी कोई क्रिप्टो यूनिवर्स नहीं: पहले Top crypto (USDT) इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Hourly bars (1h)</source>
        <translation>घंटेवार बार (1h)</translation>
    </message>
    <message>
        <source>Daily bars (1d)</source>
        <translation>दैनिक बार (1d)</translation>
    </message>
    <message>
        <source>Klines from Binance's public API (no key): the pairs' whole history first, then only the hours since the last stored one. Server and request rates are in Settings ▸ Data source.</source>
        <translation>Binance के सार्वजनिक API से Klines (कुंजी की ज़रूरत नहीं): पहले पेयर का पूरा इतिहास, फिर केवल अंतिम संग्रहीत घंटे के बाद के घंटे। सर्वर और अनुरोध दरें सेटिंग्स ▸ डेटा स्रोत में हैं।</translation>
    </message>
    <message>
        <source>stored crypto pairs</source>
        <translation>संग्रहीत क्रिप्टो पेयर</translation>
    </message>
    <message>
        <source>Load daily bars from Binance (%1)</source>
        <translation>Binance से दैनिक बार लोड करें (%1)</translation>
    </message>
    <message>
        <source>Load hourly bars from Binance (%1)</source>
        <translation>Binance से घंटेवार बार लोड करें (%1)</translation>
    </message>
    <message>
        <source>Choose the pairs first: import a crypto universe (Top crypto (USDT) is bundled).</source>
        <translation>पहले पेयर चुनें: एक क्रिप्टो यूनिवर्स इम्पोर्ट करें (Top crypto (USDT) साथ में शामिल है)।</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::LogPanel</name>
    <message>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>सब कुछ</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug और ऊपर</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info और ऊपर</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>चेतावनियाँ और त्रुटियाँ</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>केवल त्रुटियाँ</translation>
    </message>
    <message>
        <source>Hide quieter lines. How much is logged at all is the log level in Settings.</source>
        <translation>कम महत्व वाली पंक्तियाँ छिपाएँ। कुल कितना लॉग होता है, यह सेटिंग्स में लॉग स्तर तय करता है।</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>लॉग फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Logging goes to the terminal only</source>
        <translation>लॉग केवल टर्मिनल में जाता है</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
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
        <translation>प्रति पंक्ति एक टिकर वाली टेक्स्ट फ़ाइल, सूची या टैग के रूप में संग्रहीत</translation>
    </message>
    <message>
        <source>Import &amp;universe CSV…</source>
        <translation>सूची CSV आयात करें (&amp;U)…</translation>
    </message>
    <message>
        <source>A CSV with Symbol, Name, Sector, Industry columns (NSE and S&amp;P lists work)</source>
        <translation>Symbol, Name, Sector, Industry कॉलम वाली CSV (NSE और S&amp;P सूचियाँ चलती हैं)</translation>
    </message>
    <message>
        <source>Import &amp;CSV folder…</source>
        <translation>CSV फ़ोल्डर आयात करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Daily OHLCV files from a folder, one per symbol or long multi-symbol files</source>
        <translation>फ़ोल्डर से दैनिक OHLCV फ़ाइलें, प्रति सिंबल एक या कई सिंबल वाली लंबी फ़ाइलें</translation>
    </message>
    <message>
        <source>Load offline &amp;demo</source>
        <translation>ऑफ़लाइन डेमो लोड करें (&amp;D)</translation>
    </message>
    <message>
        <source>Synthetic daily bars for a demo market; no internet needed</source>
        <translation>डेमो बाज़ार के लिए कृत्रिम दैनिक बार; इंटरनेट की ज़रूरत नहीं</translation>
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
        <translation>डेटाबेस खाली है।
शुरू करने के लिए फ़ाइल ▸ ऑफ़लाइन डेमो लोड करें या फ़ाइल ▸ CSV फ़ोल्डर आयात करें… का उपयोग करें।</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>सभी सिंबल</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Loading the offline demo</source>
        <translation>ऑफ़लाइन डेमो लोड हो रहा है</translation>
    </message>
    <message>
        <source>Import tickers file</source>
        <translation>टिकर फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>Ticker lists (*.txt *.csv *.lst);;All files (*)</source>
        <translation>टिकर सूचियाँ (*.txt *.csv *.lst);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Tagging symbols "%1"</source>
        <translation>सिंबल पर टैग "%1" लगाया जा रहा है</translation>
    </message>
    <message>
        <source>Importing universe "%1"</source>
        <translation>सूची "%1" आयात हो रही है</translation>
    </message>
    <message>
        <source>Import universe CSV</source>
        <translation>सूची CSV आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Importing universe %1</source>
        <translation>सूची %1 आयात हो रही है</translation>
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
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>शेड्यूलर: %1</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>ऑपरेशन</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Checking for interrupted runs</source>
        <translation>बाधित रन की जाँच हो रही है</translation>
    </message>
    <message>
        <source>Show the symbols whose stored analysis has this verdict</source>
        <translation>वे सिंबल दिखाएँ जिनके संग्रहीत विश्लेषण का यह निर्णय है</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>सभी निर्णय</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>कोई विश्लेषण नहीं</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel running task</source>
        <translation>चल रहा कार्य रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Sc&amp;heduler…</source>
        <translation>शेड्यूलर (&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation>शेड्यूलर रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>Tessera is still running</source>
        <translation>Tessera अभी भी चल रहा है</translation>
    </message>
    <message>
        <source>Closing the window keeps Tessera in the system tray so scheduled runs happen. Quit from the tray menu or with File ▸ Quit; Settings ▸ Startup changes this.</source>
        <translation>विंडो बंद करने पर Tessera सिस्टम ट्रे में चलता रहता है, ताकि शेड्यूल किए गए रन होते रहें। ट्रे मेनू से या फ़ाइल ▸ बाहर निकलें से बंद करें; इसे सेटिंग्स ▸ स्टार्टअप में बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>पाइपलाइन</translation>
    </message>
    <message>
        <source>Walk-forward validation, model parameters and the production-ready gate used by the next training run.</source>
        <translation>अगले ट्रेनिंग रन में उपयोग होने वाला वॉक-फ़ॉरवर्ड सत्यापन, मॉडल पैरामीटर और प्रोडक्शन-रेडी मानदंड।</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Resuming run %1</source>
        <translation>रन %1 फिर से शुरू हो रहा है</translation>
    </message>
    <message>
        <source>Retrying the failed symbols of run %1</source>
        <translation>रन %1 के विफल सिंबल दोबारा आज़माए जा रहे हैं</translation>
    </message>
    <message>
        <source>"%1" starts when "%2" has finished.</source>
        <translation>"%2" पूरा होने पर "%1" शुरू होगा।</translation>
    </message>
    <message>
        <source>Failed symbols and their reasons are under Show Details and in the run's details in the operations view.</source>
        <translation>विफल सिंबल और उनके कारण "विवरण दिखाएँ" में और ऑपरेशन दृश्य में रन के विवरण में हैं।</translation>
    </message>
    <message>
        <source>Where the CSV exports are written, and how long the daily files are kept there.</source>
        <translation>CSV निर्यात कहाँ लिखे जाते हैं, और दैनिक फ़ाइलें वहाँ कितने समय तक रखी जाती हैं।</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>उपयोगकर्ता गाइड (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>लॉग फ़ोल्डर खोलें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy system information</source>
        <translation>सिस्टम जानकारी कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>System information copied: paste it into a bug report.</source>
        <translation>सिस्टम जानकारी कॉपी हो गई: इसे बग रिपोर्ट में पेस्ट करें।</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>चार्ट खोलें</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>डैशबोर्ड खोलें</translation>
    </message>
    <message>
        <source>Run pipeline for this symbol</source>
        <translation>इस सिंबल के लिए पाइपलाइन चलाएँ</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>%1 के लिए पाइपलाइन</translation>
    </message>
    <message>
        <source>Train models for this symbol</source>
        <translation>इस सिंबल के लिए मॉडल ट्रेन करें</translation>
    </message>
    <message>
        <source>Training models for %1</source>
        <translation>%1 के लिए मॉडल ट्रेन हो रहे हैं</translation>
    </message>
    <message>
        <source>Copy ticker</source>
        <translation>टिकर कॉपी करें</translation>
    </message>
    <message>
        <source>Show all columns in their first order</source>
        <translation>सभी कॉलम उनके मूल क्रम में दिखाएँ</translation>
    </message>
    <message>
        <source>NIFTY 50</source>
        <translation>NIFTY 50</translation>
    </message>
    <message>
        <source>NIFTY 500</source>
        <translation>NIFTY 500</translation>
    </message>
    <message>
        <source>S&amp;P 500</source>
        <translation>S&amp;P 500</translation>
    </message>
    <message>
        <source>Importing the %1 list</source>
        <translation>%1 सूची आयात हो रही है</translation>
    </message>
    <message>
        <source>Loading %1 daily bars from Yahoo Finance</source>
        <translation>%1 के दैनिक बार Yahoo Finance से लोड हो रहे हैं</translation>
    </message>
    <message>
        <source>Tiles, slippage sizes and the verdict's formula, weights and thresholds: a change makes the next pipeline run recompute every symbol. The JSON folder only says where the documents go.</source>
        <translation>टाइलें, स्लिपेज आकार और निर्णय का सूत्र, भार और सीमाएँ: कोई भी बदलाव अगले पाइपलाइन रन में हर सिंबल की पुनर्गणना कराता है। JSON फ़ोल्डर केवल यह बताता है कि दस्तावेज़ कहाँ जाएँ।</translation>
    </message>
    <message>
        <source>Top predictions</source>
        <translation>शीर्ष अनुमान</translation>
    </message>
    <message>
        <source>Cross-section</source>
        <translation>क्रॉस-सेक्शन</translation>
    </message>
    <message>
        <source>Watchlists</source>
        <translation>वॉचलिस्ट</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>Price alert: %1</source>
        <translation>मूल्य अलर्ट: %1</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>चार्ट निर्यात करें… (&amp;H)</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>चार्ट को PNG चित्र या SVG ड्रॉइंग के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>चार्ट कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <source>Put a picture of the chart on the clipboard</source>
        <translation>चार्ट का चित्र क्लिपबोर्ड पर रखें</translation>
    </message>
    <message>
        <source>Alt+5</source>
        <translation>Alt+5</translation>
    </message>
    <message>
        <source>Alt+6</source>
        <translation>Alt+6</translation>
    </message>
    <message>
        <source>Alt+7</source>
        <translation>Alt+7</translation>
    </message>
    <message>
        <source>Alt+8</source>
        <translation>Alt+8</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>संकेतक… (&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>लेआउट रीसेट करें (&amp;L)</translation>
    </message>
    <message>
        <source>Maximise the window, close the docks and give the chart's panes their default heights</source>
        <translation>विंडो को अधिकतम करें, डॉक बंद करें और चार्ट के पैन को उनकी डिफ़ॉल्ट ऊँचाई दें</translation>
    </message>
    <message>
        <source>Daily picks</source>
        <translation>दैनिक पिक्स</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>पिक्स</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>Screen %1: %2 %3</source>
        <translation>स्क्रीन %1: %2 %3</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>शामिल हुआ</translation>
    </message>
    <message>
        <source>left</source>
        <translation>बाहर हुआ</translation>
    </message>
    <message>
        <source>Alt+9</source>
        <translation>Alt+9</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Chec&amp;k crypto universes on Binance</source>
        <translation>Binance पर क्रिप्टो यूनिवर्स जाँचें (&amp;K)</translation>
    </message>
    <message>
        <source>Checking crypto universes on Binance</source>
        <translation>Binance पर क्रिप्टो यूनिवर्स जाँचे जा रहे हैं</translation>
    </message>
    <message>
        <source>Report the USDT pairs newly trading and the members no longer trading; changes nothing</source>
        <translation>नए ट्रेड हो रहे USDT पेयर और अब ट्रेड न हो रहे सदस्यों की रिपोर्ट दें; कुछ भी नहीं बदलता</translation>
    </message>
    <message>
        <source>Re&amp;fresh crypto universes from Binance</source>
        <translation>Binance से क्रिप्टो यूनिवर्स रीफ़्रेश करें (&amp;F)</translation>
    </message>
    <message>
        <source>Refreshing crypto universes from Binance</source>
        <translation>Binance से क्रिप्टो यूनिवर्स रीफ़्रेश किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Add the USDT pairs newly trading to each crypto universe and drop the delisted ones (their stored bars are kept)</source>
        <translation>हर क्रिप्टो यूनिवर्स में नए ट्रेड हो रहे USDT पेयर जोड़ें और डीलिस्ट हुए पेयर हटाएँ (उनके संग्रहीत बार रखे जाते हैं)</translation>
    </message>
    <message>
        <source>Scheduled for %1: %2 (Tools ▸ Scheduler).</source>
        <translation>%1 के लिए शेड्यूल किया गया: %2 (टूल्स ▸ शेड्यूलर)।</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>स्कोरबोर्ड</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Alt+Shift+1</source>
        <translation>Alt+Shift+1</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>नया ऑर्डर (&amp;O)…</translation>
    </message>
    <message>
        <source>Place an order in the paper account (or a connected broker account)</source>
        <translation>पेपर खाते (या कनेक्टेड ब्रोकर खाते) में ऑर्डर दें</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>पोर्टफ़ोलियो (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Backtests…</source>
        <translation>बैकटेस्ट (&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Replay a screen or strategy over the stored history against the equal-weight universe</source>
        <translation>समान-भार यूनिवर्स के मुकाबले संग्रहीत इतिहास पर कोई स्क्रीन या रणनीति रीप्ले करें</translation>
    </message>
    <message>
        <source>&amp;Brokers</source>
        <translation>ब्रोकर (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Connect a broker…</source>
        <translation>ब्रोकर कनेक्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Live trading is on: orders for a broker account go to the broker after their confirmation.</source>
        <translation>लाइव ट्रेडिंग चालू है: ब्रोकर खाते के ऑर्डर पुष्टि के बाद ब्रोकर को जाते हैं.</translation>
    </message>
    <message>
        <source>Live trading is off: only the paper account trades.</source>
        <translation>लाइव ट्रेडिंग बंद है: केवल पेपर खाता ट्रेड करता है.</translation>
    </message>
    <message>
        <source>Live trading: %1</source>
        <translation>लाइव ट्रेडिंग: %1</translation>
    </message>
    <message>
        <source>&amp;Sync broker accounts</source>
        <translation>ब्रोकर खाते &amp;सिंक करें</translation>
    </message>
    <message>
        <source>Syncing the broker accounts…</source>
        <translation>ब्रोकर खाते सिंक हो रहे हैं…</translation>
    </message>
    <message>
        <source>No broker account is logged in: Brokers ▸ Connect a broker… first.</source>
        <translation>किसी ब्रोकर खाते में लॉग इन नहीं है: पहले ब्रोकर ▸ ब्रोकर कनेक्ट करें… चुनें.</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::MetricHistogramView</name>
    <message>
        <source>%1 — bins of %2 from the value shown; outer bins include the tails</source>
        <translation>%1 — दिखाए गए मान से %2 के बिन; बाहरी बिन में टेल शामिल हैं</translation>
    </message>
    <message>
        <source>models</source>
        <translation>मॉडल</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ModelsPanel</name>
    <message>
        <source>Filter symbols</source>
        <translation>सिंबल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All algorithms</source>
        <translation>सभी एल्गोरिदम</translation>
    </message>
    <message>
        <source>All horizons</source>
        <translation>सभी अवधियाँ</translation>
    </message>
    <message>
        <source>Production ready only</source>
        <translation>केवल प्रोडक्शन-रेडी</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Out-of-sample IC</source>
        <translation>आउट-ऑफ़-सैंपल IC</translation>
    </message>
    <message>
        <source>Hit rate minus baseline (points)</source>
        <translation>हिट रेट माइनस बेसलाइन (अंक)</translation>
    </message>
    <message>
        <source>Out-of-sample R²</source>
        <translation>आउट-ऑफ़-सैंपल R²</translation>
    </message>
    <message>
        <source>MSE below the better baseline (%)</source>
        <translation>बेहतर बेसलाइन से कम MSE (%)</translation>
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation>मॉडल नहीं पढ़े जा सके: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the models…</source>
        <translation>मॉडल पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>No models yet — Tools ▸ Run ▸ Train models… trains them.</source>
        <translation>अभी कोई मॉडल नहीं — उपकरण ▸ चलाएँ ▸ मॉडल ट्रेन करें… उन्हें ट्रेन करता है।</translation>
    </message>
    <message>
        <source>%1 models of %2 symbols trained · %3 production ready (%4 symbols)</source>
        <translation>%2 सिंबल के %1 मॉडल ट्रेन किए गए · %3 प्रोडक्शन-रेडी (%4 सिंबल)</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 दिखाए गए</translation>
    </message>
    <message>
        <source> — no model beats the naive baselines out of sample by the required margin</source>
        <translation> — कोई भी मॉडल आउट-ऑफ़-सैंपल आवश्यक अंतर से साधारण बेसलाइन को नहीं हराता</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n model(s)</source>
        <translation>
            <numerusform>%1 — %n मॉडल</numerusform>
            <numerusform>%1 — %n मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple testing: if no model had any skill, about %1 of these %2 would still pass the IC test by chance (%3 each)%4.</source>
        <translation>मल्टीपल टेस्टिंग: यदि किसी भी मॉडल में कोई कौशल न होता, तब भी इन %2 में से लगभग %1 संयोग से IC परीक्षण पास कर लेते (प्रत्येक %3)%4।</translation>
    </message>
    <message>
        <source>: the %1 ready ones are no more than chance would give</source>
        <translation>: तैयार %1 मॉडल संयोग से अपेक्षित संख्या से अधिक नहीं हैं</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ModelsTableModel</name>
    <message>
        <source>version %1; data %2</source>
        <translation>संस्करण %1; डेटा %2</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>एल्गोरिदम</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>IC</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>हिट रेट</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>ट्रेन किया गया</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Out-of-sample Spearman IC of forecasts and realised returns; a constant forecast has 0</source>
        <translation>पूर्वानुमानों और वास्तविक रिटर्न का आउट-ऑफ़-सैंपल Spearman IC; स्थिर पूर्वानुमान का 0 होता है</translation>
    </message>
    <message>
        <source>Out-of-sample directional hit rate (not an accuracy of the return)</source>
        <translation>आउट-ऑफ़-सैंपल दिशात्मक हिट रेट (रिटर्न की सटीकता नहीं)</translation>
    </message>
    <message>
        <source>Hit rate of the training-mean baseline on the same rows</source>
        <translation>उन्हीं पंक्तियों पर ट्रेनिंग-औसत बेसलाइन का हिट रेट</translation>
    </message>
    <message>
        <source>The better naive baseline (zero return or training mean) on the same rows</source>
        <translation>उन्हीं पंक्तियों पर बेहतर साधारण बेसलाइन (शून्य रिटर्न या ट्रेनिंग औसत)</translation>
    </message>
    <message>
        <source>Usable rows of the final fit</source>
        <translation>अंतिम फ़िट की उपयोगी पंक्तियाँ</translation>
    </message>
    <message>
        <source>Naive hit rate</source>
        <translation>नैव हिट रेट</translation>
    </message>
    <message>
        <source>Naive R²</source>
        <translation>नैव R²</translation>
    </message>
    <message>
        <source>Naive MAE</source>
        <translation>नैव MAE</translation>
    </message>
    <message>
        <source>Forecast horizon in trading days (sessions): 1D = next session, 5D = a week, 21D = about a month</source>
        <translation>ट्रेडिंग दिनों (सत्रों) में पूर्वानुमान अवधि: 1D = अगला सत्र, 5D = एक सप्ताह, 21D = लगभग एक महीना</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::MonteCarloTile</name>
    <message>
        <source>order size</source>
        <translation>ऑर्डर आकार</translation>
    </message>
    <message>
        <source>MC median, p05–p95</source>
        <translation>MC माध्यिका, p05–p95</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>निर्धारक</translation>
    </message>
    <message>
        <source>Order %1, %2 simulations
p05 %3  median %4  p95 %5 bps
mean %6 ± %7 bps
Deterministic %8 bps</source>
        <translation>ऑर्डर %1, %2 सिमुलेशन
p05 %3  माध्यिका %4  p95 %5 bps
औसत %6 ± %7 bps
निर्धारक %8 bps</translation>
    </message>
    <message>
        <source>Monte Carlo slippage in bps · %1 runs per size</source>
        <translation>मोंटे कार्लो स्लिपेज bps में · प्रति आकार %1 रन</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::MovingAveragesTile</name>
    <message>
        <source> · MA20 above MA50</source>
        <translation> · MA20, MA50 से ऊपर</translation>
    </message>
    <message>
        <source> · MA20 below MA50</source>
        <translation> · MA20, MA50 से नीचे</translation>
    </message>
    <message>
        <source>Moving averages</source>
        <translation>मूविंग एवरेज</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद भाव</translation>
    </message>
    <message>
        <source>MA5</source>
        <translation>MA5</translation>
    </message>
    <message>
        <source>MA20</source>
        <translation>MA20</translation>
    </message>
    <message>
        <source>MA50</source>
        <translation>MA50</translation>
    </message>
    <message>
        <source>%1
Close %2
MA5 %3
MA20 %4
MA50 %5</source>
        <translation>%1
बंद भाव %2
MA5 %3
MA20 %4
MA50 %5</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::OperationsPanel</name>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (रन %2)</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>नहीं चल सका: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>खारिज करें</translation>
    </message>
    <message>
        <source>Running task</source>
        <translation>चल रहा कार्य</translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation>कोई कार्य नहीं चल रहा है।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop after the symbols in progress; what is stored stays stored and the run can be resumed</source>
        <translation>प्रगति में चल रहे सिंबल के बाद रोकें; जो संग्रहीत है वह संग्रहीत रहेगा और रन फिर से शुरू किया जा सकता है</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरे</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>रन इतिहास</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <source>Parameters, steps and the failed symbols with their reasons</source>
        <translation>पैरामीटर, चरण और विफल सिंबल उनके कारणों सहित</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>विफल दोबारा आज़माएँ</translation>
    </message>
    <message>
        <source>Start a new run over only the failed symbols, from the step that failed</source>
        <translation>केवल विफल सिंबल पर, विफल हुए चरण से, नया रन शुरू करें</translation>
    </message>
    <message>
        <source>Continue a cancelled or interrupted run; finished symbols are not redone</source>
        <translation>रद्द या बाधित रन जारी रखें; पूरे हो चुके सिंबल दोबारा नहीं किए जाते</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) stopped when Tessera or the computer last quit unexpectedly (run %1). Resume continues where they stopped; nothing finished is redone.</source>
        <translation>
            <numerusform>पिछली बार Tessera या कंप्यूटर के अचानक बंद होने पर %n रन रुक गए (रन %1)। "फिर से शुरू करें" वहीं से जारी रखता है जहाँ वे रुके थे; पूरा हो चुका कुछ भी दोबारा नहीं किया जाता।</numerusform>
            <numerusform>पिछली बार Tessera या कंप्यूटर के अचानक बंद होने पर %n रन रुक गए (रन %1)। "फिर से शुरू करें" वहीं से जारी रखता है जहाँ वे रुके थे; पूरा हो चुका कुछ भी दोबारा नहीं किया जाता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more job(s) waiting.</source>
        <translation>
            <numerusform>%n और जॉब प्रतीक्षा में हैं।</numerusform>
            <numerusform>%n और जॉब प्रतीक्षा में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (scheduled)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (शेड्यूल किया गया)</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>योजना बन रही है…</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>चरण %1 · %2</translation>
    </message>
    <message>
        <source>Cancelling after the symbols in progress… %1</source>
        <translation>प्रगति में चल रहे सिंबल के बाद रद्द हो रहा है… %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>रन %1</translation>
    </message>
    <message>
        <source>estimated at start: %1</source>
        <translation>शुरुआत में अनुमान: %1</translation>
    </message>
    <message>
        <source>no estimate yet (first run of its kind)</source>
        <translation>अभी कोई अनुमान नहीं (इस प्रकार का पहला रन)</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>बीता समय %1</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>पिछला कार्य</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::OrderBookTile</name>
    <message>
        <source>Order book depth · SYNTHETIC</source>
        <translation>ऑर्डर बुक डेप्थ · कृत्रिम</translation>
    </message>
    <message>
        <source>Order book depth</source>
        <translation>ऑर्डर बुक डेप्थ</translation>
    </message>
    <message>
        <source>cum. shares</source>
        <translation>संचयी शेयर</translation>
    </message>
    <message>
        <source>cum. shares (%1)</source>
        <translation>संचयी शेयर (%1)</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>बिड</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>आस्क</translation>
    </message>
    <message>
        <source>Mid %1 · spread %2 bps</source>
        <translation>मिड %1 · स्प्रेड %2 bps</translation>
    </message>
    <message>
        <source>%1 level %2 (synthetic)
Price %3
Size %4
Cumulative %5</source>
        <translation>%1 स्तर %2 (कृत्रिम)
मूल्य %3
आकार %4
संचयी %5</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>बिड</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>आस्क</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::OrderTicketDialog</name>
    <message>
        <source>New order</source>
        <translation>नया ऑर्डर</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>खाता:</translation>
    </message>
    <message>
        <source>Ticker, e.g. RELIANCE.NS</source>
        <translation>टिकर, जैसे RELIANCE.NS</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>सिंबल:</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>खरीदें</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>बेचें</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>पक्ष:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>आकार:</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>बाज़ार</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>लिमिट</translation>
    </message>
    <message>
        <source>Stop-limit (SL)</source>
        <translation>स्टॉप-लिमिट (SL)</translation>
    </message>
    <message>
        <source>Stop-market (SL-M)</source>
        <translation>स्टॉप-मार्केट (SL-M)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Delivery (CNC)</source>
        <translation>डिलीवरी (CNC)</translation>
    </message>
    <message>
        <source>Intraday (MIS), squared off at the close</source>
        <translation>इंट्राडे (MIS), क्लोज़ पर स्क्वेयर ऑफ़</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>प्रोडक्ट:</translation>
    </message>
    <message>
        <source>Limit price:</source>
        <translation>लिमिट मूल्य:</translation>
    </message>
    <message>
        <source>Trigger price:</source>
        <translation>ट्रिगर मूल्य:</translation>
    </message>
    <message>
        <source>Attach exits (OCO): sell at the target or at the stop</source>
        <translation>एग्ज़िट जोड़ें (OCO): लक्ष्य या स्टॉप पर बेचें</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>लक्ष्य:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>स्टॉप:</translation>
    </message>
    <message>
        <source>Review the order to see its estimated cost and charges.</source>
        <translation>अनुमानित लागत और शुल्क देखने के लिए ऑर्डर की समीक्षा करें.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा करें</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>ऑर्डर दें</translation>
    </message>
    <message>
        <source>%1 (live, %2)</source>
        <translation>%1 (लाइव, %2)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>अनुमान लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt; (%4, %5) in &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;at about %7 (close of %8): value %9 %10&lt;br&gt;Slippage ≈ %11 · charges %12 (brokerage %13, STT %14, exchange %15, SEBI %16, GST %17, stamp %18)&lt;br&gt;&lt;b&gt;%19: %20 %10&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2 %3&lt;/b&gt; (%4, %5) &lt;b&gt;%6&lt;/b&gt; में&lt;br&gt;लगभग %7 पर (%8 का क्लोज़): मूल्य %9 %10&lt;br&gt;स्लिपेज ≈ %11 · शुल्क %12 (ब्रोकरेज %13, STT %14, एक्सचेंज %15, SEBI %16, GST %17, स्टांप %18)&lt;br&gt;&lt;b&gt;%19: %20 %10&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cash needed</source>
        <translation>आवश्यक नकदी</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>प्राप्त राशि</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cash available: %1 %2</source>
        <translation>&lt;br&gt;उपलब्ध नकदी: %1 %2</translation>
    </message>
    <message>
        <source> — &lt;b&gt;not enough: the paper account will reject it&lt;/b&gt;</source>
        <translation> — &lt;b&gt;पर्याप्त नहीं: पेपर खाता इसे अस्वीकार कर देगा&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Exits after the fill: target %1, stop %2 (one cancels the other)</source>
        <translation>&lt;br&gt;फ़िल के बाद एग्ज़िट: लक्ष्य %1, स्टॉप %2 (एक दूसरे को रद्द करता है)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not placed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;नहीं दिया गया:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;अस्वीकृत:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1 is %2.&lt;/b&gt; Paper orders fill from the next stored bar.</source>
        <translation>&lt;b&gt;ऑर्डर %1 %2 है.&lt;/b&gt; पेपर ऑर्डर अगले संग्रहीत बार से फ़िल होते हैं.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Live trading is off&lt;/b&gt;, so nothing can go to %1. Turn it on with &lt;b&gt;Brokers ▸ Live trading enabled&lt;/b&gt; (or: tessera-cli settings set broker/liveTrading on), then review again. The paper account needs no switch.</source>
        <translation>&lt;br&gt;&lt;b&gt;लाइव ट्रेडिंग बंद है&lt;/b&gt;, इसलिए %1 को कुछ नहीं जा सकता. इसे &lt;b&gt;ब्रोकर ▸ लाइव ट्रेडिंग सक्षम&lt;/b&gt; से चालू करें (या: tessera-cli settings set broker/liveTrading on), फिर दोबारा समीक्षा करें. पेपर खाते के लिए किसी स्विच की ज़रूरत नहीं.</translation>
    </message>
    <message>
        <source>Live trading is off</source>
        <translation>लाइव ट्रेडिंग बंद है</translation>
    </message>
    <message>
        <source>Orders for %1 need live trading: turn it on with Brokers ▸ Live trading enabled, then review again.</source>
        <translation>%1 के ऑर्डरों के लिए लाइव ट्रेडिंग चाहिए: इसे ब्रोकर ▸ लाइव ट्रेडिंग सक्षम से चालू करें, फिर दोबारा समीक्षा करें.</translation>
    </message>
    <message>
        <source>&lt;br&gt;A &lt;b&gt;live order&lt;/b&gt; at %1: placing it asks for a confirmation naming the broker and the account.</source>
        <translation>&lt;br&gt;%1 पर एक &lt;b&gt;लाइव ऑर्डर&lt;/b&gt;: इसे लगाने पर ब्रोकर और खाते के नाम के साथ पुष्टि माँगी जाती है.</translation>
    </message>
    <message>
        <source>Place live order…</source>
        <translation>लाइव ऑर्डर लगाएँ…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1 is %2&lt;/b&gt; at the broker (its order %3).</source>
        <translation>&lt;b&gt;ऑर्डर %1 ब्रोकर पर %2 है&lt;/b&gt; (उसका ऑर्डर %3).</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ParameterSettingsPage</name>
    <message>
        <source>Restore defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
    <message>
        <source>Show every value's default; Apply or OK saves them</source>
        <translation>हर मान का डिफ़ॉल्ट दिखाएँ; लागू करें या OK उन्हें सहेजता है</translation>
    </message>
    <message>
        <source>Allowed: %1. Default: %2.</source>
        <translation>अनुमत: %1। डिफ़ॉल्ट: %2।</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translation>सेटिंग्स नहीं पढ़ी जा सकीं: %1</translation>
    </message>
    <message>
        <source>Not saved: fix %1 first.</source>
        <translation>सहेजा नहीं गया: पहले %1 ठीक करें।</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>सेटिंग्स सहेजी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>A value is needed. Allowed: %1.</source>
        <translation>एक मान आवश्यक है। अनुमत: %1।</translation>
    </message>
    <message>
        <source>“%1” is not allowed here. Allowed: %2.</source>
        <translation>“%1” यहाँ अनुमत नहीं है। अनुमत: %2।</translation>
    </message>
    <message>
        <source>Default place</source>
        <translation>डिफ़ॉल्ट स्थान</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::PicksPanel</name>
    <message>
        <source>Strategy:</source>
        <translation>रणनीति:</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>वृद्धि</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>संतुलित</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>मोमेंटम</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>तारीख:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>सेक्टर:</translation>
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation>सिंबल या नाम खोजें</translation>
    </message>
    <message>
        <source>Compute now</source>
        <translation>अभी गणना करें</translation>
    </message>
    <message>
        <source>Run the four strategies on the stored data of the newest day and store their picks</source>
        <translation>नवीनतम दिन के संग्रहीत डेटा पर चारों रणनीतियाँ चलाएँ और उनके पिक्स संग्रहीत करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>सिफ़ारिश</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>ML score</source>
        <translation>ML स्कोर</translation>
    </message>
    <message>
        <source>ML risk</source>
        <translation>ML जोखिम</translation>
    </message>
    <message>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <source>P/E</source>
        <translation>P/E</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Against the previous snapshot: new, rank moved up ▲ or down ▼, or dropped</source>
        <translation>पिछले स्नैपशॉट की तुलना में: नया, रैंक ऊपर ▲ या नीचे ▼ गई, या हटाया गया</translation>
    </message>
    <message>
        <source>Selection score: the weighted percentile rank of the strategy's ranking fields, 0 to 1</source>
        <translation>चयन स्कोर: रणनीति के रैंकिंग फ़ील्ड का भारित पर्सेंटाइल रैंक, 0 से 1</translation>
    </message>
    <message>
        <source>BUY: score ≥ 0.6, verdict not DOWN, ML score ≥ 0.5 and risk ≤ 0.6 where known; AVOID: ML risk &gt; 0.8, a strong DOWN verdict or a validated ML score &lt; 0.3; else WATCH</source>
        <translation>BUY: स्कोर ≥ 0.6, निर्णय DOWN नहीं, ML स्कोर ≥ 0.5 और जोखिम ≤ 0.6 (जहाँ ज्ञात हो); AVOID: ML जोखिम &gt; 0.8, प्रबल DOWN निर्णय या सत्यापित ML स्कोर &lt; 0.3; अन्यथा WATCH</translation>
    </message>
    <message>
        <source>The ML price target when its model is validated, else close + 2 × ATR 14</source>
        <translation>मॉडल सत्यापित होने पर ML मूल्य लक्ष्य, अन्यथा क्लोज़ + 2 × ATR 14</translation>
    </message>
    <message>
        <source>Close − 2 × ATR 14</source>
        <translation>क्लोज़ − 2 × ATR 14</translation>
    </message>
    <message>
        <source>Cross-sectional ML score; * marks an unvalidated model (for reference only)</source>
        <translation>क्रॉस-सेक्शनल ML स्कोर; * असत्यापित मॉडल दर्शाता है (केवल संदर्भ के लिए)</translation>
    </message>
    <message>
        <source>Stored daily by the picks task (Tools ▸ Run, the schedule, tessera-cli picks). Targets and calls follow documented rules; they are not forecasts.</source>
        <translation>पिक्स टास्क द्वारा प्रतिदिन संग्रहीत (टूल्स ▸ चलाएँ, शेड्यूल, tessera-cli picks)। लक्ष्य और सिफ़ारिशें प्रलेखित नियमों का पालन करती हैं; ये पूर्वानुमान नहीं हैं।</translation>
    </message>
    <message>
        <source>Could not read the picks: %1</source>
        <translation>पिक्स पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>सभी सेक्टर</translation>
    </message>
    <message>
        <source>No picks stored yet for this strategy: press Compute now, or run the picks task (it runs each night after the data update).</source>
        <translation>इस रणनीति के लिए अभी कोई पिक्स संग्रहीत नहीं: अभी गणना करें दबाएँ, या पिक्स टास्क चलाएँ (यह हर रात डेटा अपडेट के बाद चलता है)।</translation>
    </message>
    <message>
        <source>Picked on %1 at rank %2, not any more</source>
        <translation>%1 को रैंक %2 पर चुना गया था, अब नहीं</translation>
    </message>
    <message>
        <source>%1 picks of %2 on %3</source>
        <translation>%3 को %2 के %1 पिक्स</translation>
    </message>
    <message>
        <source> — against %1: %2 new, %3 dropped</source>
        <translation> — %1 की तुलना में: %2 नए, %3 हटाए गए</translation>
    </message>
    <message>
        <source>. * ML score from an unvalidated model</source>
        <translation>। * असत्यापित मॉडल से ML स्कोर</translation>
    </message>
    <message>
        <source>Buy top N…</source>
        <translation>शीर्ष N खरीदें…</translation>
    </message>
    <message>
        <source>Paper-trade the shown picks: buy the top N with a position size rule and bracket exits</source>
        <translation>दिखाए गए पिक्स का पेपर-ट्रेड करें: पोज़िशन आकार नियम और ब्रैकेट एग्ज़िट के साथ शीर्ष N खरीदें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::PortfolioChartLayer</name>
    <message>
        <source>Buy %1…</source>
        <translation>%1 खरीदें…</translation>
    </message>
    <message>
        <source>Sell %1…</source>
        <translation>%1 बेचें…</translation>
    </message>
    <message>
        <source>Buy limit at %1…</source>
        <translation>%1 पर लिमिट खरीद…</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::PortfolioView</name>
    <message>
        <source>Account:</source>
        <translation>खाता:</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>नया ऑर्डर…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>ऑर्डर रद्द करें</translation>
    </message>
    <message>
        <source>Cancel the open order selected in the Orders tab</source>
        <translation>Orders टैब में चुना गया खुला ऑर्डर रद्द करें</translation>
    </message>
    <message>
        <source>Step one day ▶</source>
        <translation>एक दिन आगे ▶</translation>
    </message>
    <message>
        <source>Replay: process the next trading day's bars and buy that day's picks</source>
        <translation>रीप्ले: अगले ट्रेडिंग दिन के बार प्रोसेस करें और उस दिन के पिक्स खरीदें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the shown holdings, orders, trades or cash ledger as CSV</source>
        <translation>दिखाई गई होल्डिंग्स, ऑर्डर, ट्रेड या नकदी खाता-बही CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>होल्डिंग्स</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>ट्रेड</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकदी</translation>
    </message>
    <message>
        <source>Paper orders fill from stored daily bars: market at the next open, limits and stops when the bar's range crosses their price (a gap fills at the open), with modelled slippage and the market's charges (README: Portfolio &amp; paper trading).</source>
        <translation>पेपर ऑर्डर संग्रहीत दैनिक बार से फ़िल होते हैं: मार्केट अगले ओपन पर, लिमिट और स्टॉप तब जब बार की रेंज उनके मूल्य को पार करे (गैप ओपन पर फ़िल होता है), मॉडल किए गए स्लिपेज और बाज़ार के शुल्क के साथ (README: Portfolio &amp; paper trading).</translation>
    </message>
    <message>
        <source>Could not read the portfolio: %1</source>
        <translation>पोर्टफ़ोलियो नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>ब्रोकर %1</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>रीप्ले</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>पेपर</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equity %1 %2&lt;/b&gt; · cash %3 · unrealised %4 · realised %5 · charges %6 · dividends %7%8%9</source>
        <translation>&lt;b&gt;इक्विटी %1 %2&lt;/b&gt; · नकदी %3 · अप्राप्त %4 · प्राप्त %5 · शुल्क %6 · लाभांश %7%8%9</translation>
    </message>
    <message>
        <source> · simulated day %1</source>
        <translation> · सिम्युलेटेड दिन %1</translation>
    </message>
    <message>
        <source> · since start %1 %</source>
        <translation> · शुरुआत से %1 %</translation>
    </message>
    <message>
        <source>Equity (%1)</source>
        <translation>इक्विटी (%1)</translation>
    </message>
    <message>
        <source>Equity: %1</source>
        <translation>इक्विटी: %1</translation>
    </message>
    <message>
        <source>From the journal, valued at each day's stored close</source>
        <translation>जर्नल से, हर दिन के संग्रहीत क्लोज़ पर मूल्यांकित</translation>
    </message>
    <message>
        <source>Select an open order in the Orders tab to cancel it.</source>
        <translation>रद्द करने के लिए Orders टैब में कोई खुला ऑर्डर चुनें.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>रीप्ले</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>Equity: %1 — no history yet (one point per day the account is valued)</source>
        <translation>इक्विटी: %1 — अभी कोई इतिहास नहीं (खाते के मूल्यांकन के हर दिन एक बिंदु)</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::PredictionsPanel</name>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Predicted move</source>
        <translation>अनुमानित चाल</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <source>IC (vs 0)</source>
        <translation>IC (0 की तुलना में)</translation>
    </message>
    <message>
        <source>Hit rate vs baseline</source>
        <translation>हिट रेट बनाम बेसलाइन</translation>
    </message>
    <message>
        <source>R² vs baseline</source>
        <translation>R² बनाम बेसलाइन</translation>
    </message>
    <message>
        <source>MAE vs baseline</source>
        <translation>MAE बनाम बेसलाइन</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>ट्रेन किया गया</translation>
    </message>
    <message>
        <source>Data range</source>
        <translation>डेटा अवधि</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <source>Out-of-sample Spearman rank correlation of forecasts and realised returns; a constant forecast scores 0</source>
        <translation>पूर्वानुमानों और वास्तविक रिटर्न का आउट-ऑफ़-सैंपल Spearman रैंक सहसंबंध; स्थिर पूर्वानुमान का स्कोर 0 होता है</translation>
    </message>
    <message>
        <source>Share of out-of-sample rows with the right direction, beside the training-mean baseline's (not an accuracy of the return)</source>
        <translation>सही दिशा वाली आउट-ऑफ़-सैंपल पंक्तियों का हिस्सा, ट्रेनिंग-औसत बेसलाइन के साथ (रिटर्न की सटीकता नहीं)</translation>
    </message>
    <message>
        <source>Out-of-sample R², beside the better naive baseline (zero return or training mean)</source>
        <translation>आउट-ऑफ़-सैंपल R², बेहतर साधारण बेसलाइन (शून्य रिटर्न या ट्रेनिंग औसत) के साथ</translation>
    </message>
    <message>
        <source>Mean absolute error of the log return, beside the better naive baseline</source>
        <translation>लॉग रिटर्न की औसत निरपेक्ष त्रुटि, बेहतर साधारण बेसलाइन के साथ</translation>
    </message>
    <message>
        <source>Walk-forward out-of-sample metrics. A model is production ready only when it beats the naive baselines by the configured margin; the consensus weighs models by their out-of-sample IC. Confidence is that skill, not a probability of being right.</source>
        <translation>वॉक-फ़ॉरवर्ड आउट-ऑफ़-सैंपल मेट्रिक्स। कोई मॉडल तभी प्रोडक्शन-रेडी है जब वह कॉन्फ़िगर किए गए अंतर से साधारण बेसलाइन को हराता है; सर्वसम्मति मॉडलों को उनके आउट-ऑफ़-सैंपल IC से भार देती है। विश्वास उसी कौशल का माप है, सही होने की संभावना नहीं।</translation>
    </message>
    <message>
        <source>Select a symbol to see its predictions.</source>
        <translation>पूर्वानुमान देखने के लिए एक सिंबल चुनें।</translation>
    </message>
    <message>
        <source>Could not read the predictions of %1:
%2</source>
        <translation>%1 के पूर्वानुमान नहीं पढ़े जा सके:
%2</translation>
    </message>
    <message>
        <source>No models yet for %1 — Tools ▸ Run ▸ Train models… trains them.</source>
        <translation>%1 के लिए अभी कोई मॉडल नहीं — उपकरण ▸ चलाएँ ▸ मॉडल ट्रेन करें… उन्हें ट्रेन करता है।</translation>
    </message>
    <message>
        <source>forecasts from the close of %1, made %2</source>
        <translation>%1 के बंद भाव से पूर्वानुमान, %2 को बनाए गए</translation>
    </message>
    <message>
        <source>predictions %1: retrain or update the models</source>
        <translation>पूर्वानुमान %1: मॉडल दोबारा ट्रेन या अपडेट करें</translation>
    </message>
    <message>
        <source>no cached predictions: retrain the models</source>
        <translation>कोई कैश्ड पूर्वानुमान नहीं: मॉडल दोबारा ट्रेन करें</translation>
    </message>
    <message>
        <source>consensus · %1</source>
        <translation>सर्वसम्मति · %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>confidence %1 (out-of-sample IC)</source>
        <translation>विश्वास %1 (आउट-ऑफ़-सैंपल IC)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>At least one contributing model passed the production-ready gate</source>
        <translation>योगदान देने वाले कम से कम एक मॉडल ने प्रोडक्शन-रेडी मानदंड पार किया</translation>
    </message>
    <message>
        <source>No model of this horizon beats the naive baselines out of sample; the consensus is shown for information only</source>
        <translation>इस अवधि का कोई भी मॉडल आउट-ऑफ़-सैंपल साधारण बेसलाइन को नहीं हराता; सर्वसम्मति केवल जानकारी के लिए दिखाई गई है</translation>
    </message>
    <message>
        <source>No cached prediction: the model's feature schema is out of date; retrain</source>
        <translation>कोई कैश्ड पूर्वानुमान नहीं: मॉडल का फ़ीचर स्कीमा पुराना है; दोबारा ट्रेन करें</translation>
    </message>
    <message>
        <source>t statistic %1</source>
        <translation>t सांख्यिकी %1</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n training row(s)</source>
        <translation>
            <numerusform>संस्करण %1, %n ट्रेनिंग पंक्तियाँ</numerusform>
            <numerusform>संस्करण %1, %n ट्रेनिंग पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; valid until %2</source>
        <translation>%1; %2 तक मान्य</translation>
    </message>
    <message>
        <source>no validated forecast</source>
        <translation>कोई सत्यापित पूर्वानुमान नहीं</translation>
    </message>
    <message>
        <source>unvalidated: %1 → %2</source>
        <translation>असत्यापित: %1 → %2</translation>
    </message>
    <message>
        <source>10D</source>
        <translation>10D</translation>
    </message>
    <message>
        <source>cross-section · of %1</source>
        <translation>क्रॉस-सेक्शन · %1 में से</translation>
    </message>
    <message>
        <source>The pooled cross-sectional model ranks this symbol among the %1 symbols it scored on %2</source>
        <translation>पूल्ड क्रॉस-सेक्शनल मॉडल इस सिंबल को उन %1 सिंबल में रैंक करता है जिन्हें उसने %2 को स्कोर किया</translation>
    </message>
    <message>
        <source>ML score %1</source>
        <translation>ML स्कोर %1</translation>
    </message>
    <message>
        <source>Percentile of the predicted 10-day return among the symbols the model scored (0 = lowest, 1 = highest)</source>
        <translation>मॉडल द्वारा स्कोर किए गए सिंबल में अनुमानित 10-दिन रिटर्न का पर्सेंटाइल (0 = न्यूनतम, 1 = उच्चतम)</translation>
    </message>
    <message>
        <source>target → %1 (%2)</source>
        <translation>लक्ष्य → %1 (%2)</translation>
    </message>
    <message>
        <source>unvalidated: target %1 (%2)</source>
        <translation>असत्यापित: लक्ष्य %1 (%2)</translation>
    </message>
    <message>
        <source>risk %1 (lower = safer%2) · drawdown %3</source>
        <translation>जोखिम %1 (कम = अधिक सुरक्षित%2) · ड्रॉडाउन %3</translation>
    </message>
    <message>
        <source>, unvalidated</source>
        <translation>, असत्यापित</translation>
    </message>
    <message>
        <source>confidence %1 (ranking strength)</source>
        <translation>विश्वास स्तर %1 (रैंकिंग की मज़बूती)</translation>
    </message>
    <message>
        <source>clamp(t / (2 × gate), 0, 1) × |2 × score − 1|: zero without out-of-sample skill or for a middling score; not a probability</source>
        <translation>clamp(t / (2 × gate), 0, 1) × |2 × score − 1|: आउट-ऑफ़-सैंपल कौशल के बिना या मध्यम स्कोर पर शून्य; यह प्रायिकता नहीं है</translation>
    </message>
    <message>
        <source>expired (as of %1)</source>
        <translation>समाप्त (%1 तक)</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · %2 तक</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>unvalidated</source>
        <translation>असत्यापित</translation>
    </message>
    <message>
        <source>The cross-sectional price model's out-of-sample rank-IC t passed the gate</source>
        <translation>क्रॉस-सेक्शनल प्राइस मॉडल का आउट-ऑफ़-सैंपल रैंक-IC t गेट में पास हुआ</translation>
    </message>
    <message>
        <source>The cross-sectional price model's out-of-sample rank IC is not significant: the score is shown for information only</source>
        <translation>क्रॉस-सेक्शनल प्राइस मॉडल का आउट-ऑफ़-सैंपल रैंक IC सांख्यिकीय रूप से महत्वपूर्ण नहीं है: स्कोर केवल जानकारी के लिए दिखाया गया है</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::RankIcChartView</name>
    <message>
        <source>daily rank IC</source>
        <translation>दैनिक rank IC</translation>
    </message>
    <message>
        <source>21-day mean</source>
        <translation>21-दिवसीय औसत</translation>
    </message>
    <message>
        <source>zero (no skill)</source>
        <translation>शून्य (कोई कौशल नहीं)</translation>
    </message>
    <message>
        <source>rank IC</source>
        <translation>रैंक IC</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ReturnsHistogramTile</name>
    <message>
        <source>Daily returns · μ %1 %  σ %2 %</source>
        <translation>दैनिक रिटर्न · μ %1 %  σ %2 %</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Normal fit</source>
        <translation>नॉर्मल फ़िट</translation>
    </message>
    <message>
        <source>%1 % to %2 %
%3 days (normal fit %4)</source>
        <translation>%1 % से %2 %
%3 दिन (नॉर्मल फ़िट %4)</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::RunDetailsDialog</name>
    <message>
        <source>Run %1</source>
        <translation>रन %1</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>रन %1 पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>पैरामीटर:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>चरण:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरे</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Failed symbols:</source>
        <translation>विफल सिंबल:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>सिंबल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>विफल दोबारा आज़माएँ</translation>
    </message>
    <message>
        <source>Start a new run over only the failed symbols, from the step that failed</source>
        <translation>केवल विफल सिंबल पर, विफल हुए चरण से, नया रन शुरू करें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Continue this run: symbols already done are not redone</source>
        <translation>यह रन जारी रखें: पूरे हो चुके सिंबल दोबारा नहीं किए जाते</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 · %2&lt;/b&gt; — &lt;span style="color:%3"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;रन %1 · %2&lt;/b&gt; — &lt;span style="color:%3"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Symbols:</source>
        <translation>सिंबल:</translation>
    </message>
    <message>
        <source>%1 in total · %2 done · %3 failed · %4 left</source>
        <translation>कुल %1 · %2 पूरे · %3 विफल · %4 बाकी</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>शुरू हुआ:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>पूरा हुआ:</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>अभी चल रहा है</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <source>Estimated at start:</source>
        <translation>शुरुआत में अनुमान:</translation>
    </message>
    <message>
        <source>no estimate (no earlier run)</source>
        <translation>कोई अनुमान नहीं (पहले कोई रन नहीं)</translation>
    </message>
    <message>
        <source>Started by:</source>
        <translation>किसने शुरू किया:</translation>
    </message>
    <message>
        <source>%1 (of run %2)</source>
        <translation>%1 (रन %2 का)</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>प्रोसेस:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>संदेश:</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>No symbol failed.</source>
        <translation>कोई सिंबल विफल नहीं हुआ।</translation>
    </message>
    <message>
        <source>Failed symbols (%1):</source>
        <translation>विफल सिंबल (%1):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;रन %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>रन नहीं पढ़ा जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::RunHistoryModel</name>
    <message>
        <source>Run %1 · %2 · started by %3</source>
        <translation>रन %1 · %2 · %3 द्वारा शुरू</translation>
    </message>
    <message>
        <source>Retry of run %1</source>
        <translation>रन %1 का पुनःप्रयास</translation>
    </message>
    <message>
        <source>Estimated at start: %1</source>
        <translation>शुरुआत में अनुमान: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरे</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>बाकी</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ScheduleEntryDialog</name>
    <message>
        <source>Add schedule entry</source>
        <translation>शेड्यूल प्रविष्टि जोड़ें</translation>
    </message>
    <message>
        <source>Edit schedule entry</source>
        <translation>शेड्यूल प्रविष्टि संपादित करें</translation>
    </message>
    <message>
        <source>Nightly data update</source>
        <translation>रात्रिकालीन डेटा अपडेट</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>कार्य (&amp;T):</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>हर सप्ताह</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>हर N घंटे</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>दोहराएँ (&amp;R):</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>दिन (&amp;D):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>हर (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>समय (&amp;A):</translation>
    </message>
    <message>
        <source>Only on &amp;market days (not weekends or exchange holidays)</source>
        <translation>केवल बाज़ार के दिनों में (&amp;M) (सप्ताहांत या एक्सचेंज की छुट्टियों में नहीं)</translation>
    </message>
    <message>
        <source>&amp;Catch up once when a run was missed (computer asleep or Tessera closed)</source>
        <translation>रन छूटने पर एक बार बाद में चलाएँ (&amp;C) (कंप्यूटर स्लीप में हो या Tessera बंद हो)</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>सक्रिय (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से (&amp;F):</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>रन: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::SchedulerDialog</name>
    <message>
        <source>Scheduler</source>
        <translation>शेड्यूलर</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>पिछला रन</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>अगला रन</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation>शेड्यूलर रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>हर दिन %1 बजे</translation>
    </message>
    <message>
        <source>Every week on %1 at %2</source>
        <translation>हर सप्ताह %1 को %2 बजे</translation>
    </message>
    <message numerus="yes">
        <source>Every %n h from %1</source>
        <translation>
            <numerusform>%1 से हर %n घंटे</numerusform>
            <numerusform>%1 से हर %n घंटे</numerusform>
        </translation>
    </message>
    <message>
        <source> · market days</source>
        <translation> · बाज़ार के दिन</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>A missed run is caught up once</source>
        <translation>छूटा हुआ रन एक बार बाद में चलाया जाता है</translation>
    </message>
    <message>
        <source>A missed run is skipped</source>
        <translation>छूटा हुआ रन छोड़ दिया जाता है</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>रन %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (रुका हुआ)</translation>
    </message>
    <message>
        <source>&amp;Resume scheduler</source>
        <translation>शेड्यूलर फिर से शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The scheduler is paused.&lt;/b&gt; Nothing runs on its own until it is resumed; the runs that pass meanwhile are skipped, not caught up.</source>
        <translation>&lt;b&gt;शेड्यूलर रुका हुआ है।&lt;/b&gt; फिर से शुरू करने तक कुछ भी अपने आप नहीं चलेगा; इस बीच के रन छोड़ दिए जाते हैं, बाद में नहीं चलाए जाते।</translation>
    </message>
    <message>
        <source>Next run: &lt;b&gt;%1&lt;/b&gt; %2.</source>
        <translation>अगला रन: &lt;b&gt;%1&lt;/b&gt; %2।</translation>
    </message>
    <message>
        <source>No entry is enabled.</source>
        <translation>कोई प्रविष्टि सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Remove schedule entry</source>
        <translation>शेड्यूल प्रविष्टि हटाएँ</translation>
    </message>
    <message>
        <source>Remove "%1" (%2)?</source>
        <translation>"%1" (%2) हटाएँ?</translation>
    </message>
    <message>
        <source>&amp;Infer holidays from stored bars</source>
        <translation>संग्रहीत बार से अवकाश &amp;अनुमानित करें</translation>
    </message>
    <message>
        <source>Adds to the calendar every weekday on which none of the stored symbols has a bar while at least %1 of them were listed: the exchange was closed.</source>
        <translation>कैलेंडर में हर वह कार्यदिवस जोड़ता है जिस दिन संग्रहीत प्रतीकों में से किसी का भी बार नहीं है, जबकि उनमें से कम से कम %1 सूचीबद्ध थे: उस दिन एक्सचेंज बंद था।</translation>
    </message>
    <message numerus="yes">
        <source>Market days and the pipeline's quality grades follow calendar “%1”: %n holiday(s)</source>
        <translation>
            <numerusform>बाज़ार के दिन और पाइपलाइन के गुणवत्ता ग्रेड कैलेंडर “%1” का पालन करते हैं: %n अवकाश</numerusform>
            <numerusform>बाज़ार के दिन और पाइपलाइन के गुणवत्ता ग्रेड कैलेंडर “%1” का पालन करते हैं: %n अवकाश</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(%1 से %2)</translation>
    </message>
    <message>
        <source>Inferring holidays from the stored bars…</source>
        <translation>संग्रहीत बार से अवकाश अनुमानित किए जा रहे हैं…</translation>
    </message>
    <message>
        <source>Could not infer holidays: %1</source>
        <translation>अवकाश अनुमानित नहीं किए जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed weekday(s) found in the bars of %1 symbols.</source>
        <translation>
            <numerusform>%1 प्रतीकों के बार में %n बंद कार्यदिवस मिले।</numerusform>
            <numerusform>%1 प्रतीकों के बार में %n बंद कार्यदिवस मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;crypto defaults</source>
        <translation>क्रिप्टो डिफ़ॉल्ट जोड़ें (&amp;C)</translation>
    </message>
    <message>
        <source>For each crypto universe: fetch new hourly bars from Binance and update the hourly models every 6 h from 00:00 UTC, and retrain them in full every Sunday at 03:00 UTC (seed 001)</source>
        <translation>हर क्रिप्टो यूनिवर्स के लिए: Binance से नए घंटेवार बार प्राप्त करें और 00:00 UTC से हर 6 घंटे में घंटेवार मॉडल अपडेट करें, तथा हर रविवार 03:00 UTC पर उन्हें पूरी तरह दोबारा ट्रेन करें (seed 001)</translation>
    </message>
    <message>
        <source>Times are this computer's local time (%1) unless an entry names its zone (UTC).</source>
        <translation>समय इस कंप्यूटर का स्थानीय समय (%1) है, जब तक कोई प्रविष्टि अपना समय क्षेत्र (UTC) न बताए।</translation>
    </message>
    <message>
        <source>No crypto universe yet: import Top crypto (USDT) (File ▸ Import universe), then add its crypto entries.</source>
        <translation>अभी कोई क्रिप्टो यूनिवर्स नहीं: Top crypto (USDT) इम्पोर्ट करें (फ़ाइल ▸ यूनिवर्स इम्पोर्ट करें), फिर उसकी क्रिप्टो प्रविष्टियाँ जोड़ें।</translation>
    </message>
    <message>
        <source>Every crypto universe has had its entries (a removed one is not added again; use Add… to make one).</source>
        <translation>हर क्रिप्टो यूनिवर्स में उसकी प्रविष्टियाँ जोड़ी जा चुकी हैं (हटाया गया यूनिवर्स दोबारा नहीं जोड़ा जाता; नया बनाने के लिए जोड़ें… का उपयोग करें)।</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>जोड़े गए: %1।</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ScoreboardPanel</name>
    <message>
        <source>Verdicts</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Per-stock models</source>
        <translation>प्रति-स्टॉक मॉडल</translation>
    </message>
    <message>
        <source>Cross-sectional scores</source>
        <translation>क्रॉस-सेक्शनल स्कोर</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>पिक्स</translation>
    </message>
    <message>
        <source>cumulative excess, %</source>
        <translation>संचयी अतिरिक्त, %</translation>
    </message>
    <message>
        <source>Calls made in:</source>
        <translation>कॉल किए गए:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>अब तक</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>पिछला वर्ष</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>पिछले 3 वर्ष</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>पिछले 5 वर्ष</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट…</translation>
    </message>
    <message>
        <source>Write every number of the table to a CSV file</source>
        <translation>तालिका की हर संख्या CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>हिट रेट</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % अंतराल</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>आधार दर</translation>
    </message>
    <message>
        <source>Mean excess</source>
        <translation>औसत अतिरिक्त</translation>
    </message>
    <message>
        <source>Median excess</source>
        <translation>माध्यिका अतिरिक्त</translation>
    </message>
    <message>
        <source>t (excess)</source>
        <translation>t (अतिरिक्त)</translation>
    </message>
    <message>
        <source>Mean IC</source>
        <translation>औसत IC</translation>
    </message>
    <message>
        <source>Target first</source>
        <translation>पहले लक्ष्य</translation>
    </message>
    <message>
        <source>Stop first</source>
        <translation>पहले स्टॉप</translation>
    </message>
    <message>
        <source>Hit rate vs base (95 %)</source>
        <translation>हिट दर बनाम आधार (95 %)</translation>
    </message>
    <message>
        <source>Share of calls the stock then moved the called way (UP: rose; DOWN: fell; NEUTRAL: moved less than the neutral band). Not an accuracy: compare it with the base rate.</source>
        <translation>उन कॉल का हिस्सा जिनमें स्टॉक बाद में बताई गई दिशा में गया (UP: बढ़ा; DOWN: गिरा; NEUTRAL: न्यूट्रल बैंड से कम हिला). यह सटीकता नहीं है: इसकी तुलना आधार दर से करें.</translation>
    </message>
    <message>
        <source>Share of all stocks of the market moving that way over the same days: what calling every stock would have scored.</source>
        <translation>उन्हीं दिनों में उस दिशा में जाने वाले बाज़ार के सभी स्टॉक का हिस्सा: हर स्टॉक पर कॉल करने से यही स्कोर मिलता.</translation>
    </message>
    <message>
        <source>The stock's return minus the equal-weight mean of its market over the same days.</source>
        <translation>स्टॉक का रिटर्न घटा उन्हीं दिनों में उसके बाज़ार का समान-भार औसत.</translation>
    </message>
    <message>
        <source>t-statistic of the mean excess, one observation per day, overlapping horizons counted once.</source>
        <translation>औसत अतिरिक्त का t-सांख्यिकी, प्रति दिन एक अवलोकन, ओवरलैप होने वाले होराइज़न एक बार गिने गए.</translation>
    </message>
    <message>
        <source>Each call is scored once its horizon has passed (verdicts 5 trading days, picks 20, models and scores their own) on adjusted closes; the 95 % interval treats calls as independent, but calls of one day move together. Picks: a bar touching both target and stop counts as the stop.</source>
        <translation>हर कॉल का स्कोर उसका होराइज़न बीतने के बाद समायोजित क्लोज़ पर किया जाता है (निर्णय 5 ट्रेडिंग दिन, पिक्स 20, मॉडल और स्कोर अपने-अपने); 95 % अंतराल कॉल को स्वतंत्र मानता है, पर एक दिन की कॉल साथ-साथ चलती हैं. पिक्स: लक्ष्य और स्टॉप दोनों को छूने वाला बार स्टॉप माना जाता है.</translation>
    </message>
    <message>
        <source>Scoring and reading…</source>
        <translation>स्कोरिंग और पढ़ना जारी…</translation>
    </message>
    <message>
        <source>Could not read the scoreboard: %1</source>
        <translation>स्कोरबोर्ड नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message>
        <source>%1 scored calls in %2 groups; %3 waiting for their horizon%4</source>
        <translation>%2 समूहों में %1 स्कोर की गई कॉल; %3 अपने होराइज़न की प्रतीक्षा में%4</translation>
    </message>
    <message>
        <source> (%1 scored just now)</source>
        <translation> (%1 अभी स्कोर की गईं)</translation>
    </message>
    <message>
        <source>No scored calls yet. Calls are kept from every pipeline run, training and picks run, and scored once their horizon has passed; `tessera-cli calls backfill --verdicts` computes past verdicts to score now.</source>
        <translation>अभी तक कोई स्कोर की गई कॉल नहीं. हर पाइपलाइन रन, ट्रेनिंग और पिक्स रन की कॉल रखी जाती हैं, और होराइज़न बीतने पर स्कोर होती हैं; `tessera-cli calls backfill --verdicts` अभी स्कोर करने के लिए पिछले निर्णय गणना करता है.</translation>
    </message>
    <message>
        <source>Daily rank IC</source>
        <translation>दैनिक rank IC</translation>
    </message>
    <message>
        <source>Cumulative excess return</source>
        <translation>संचयी अतिरिक्त रिटर्न</translation>
    </message>
    <message>
        <source>Daily rank IC: %1 (mean %2)</source>
        <translation>दैनिक रैंक IC: %1 (औसत %2)</translation>
    </message>
    <message>
        <source>Cumulative excess return: %1</source>
        <translation>संचयी अतिरिक्त रिटर्न: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::ScreensPanel</name>
    <message>
        <source>Screen:</source>
        <translation>स्क्रीन:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>+ Or group</source>
        <translation>+ या समूह</translation>
    </message>
    <message>
        <source>An alternative set of conditions: a symbol passes when all of one group hold</source>
        <translation>शर्तों का एक वैकल्पिक समूह: कोई सिंबल तब पास होता है जब किसी एक समूह की सभी शर्तें पूरी हों</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>एक्सप्रेशन:</translation>
    </message>
    <message>
        <source>Fields ranked by their per-day percentile among the selection; - ranks low values first; 2* doubles a field's weight</source>
        <translation>फ़ील्ड चयन के भीतर अपने दैनिक पर्सेंटाइल के अनुसार रैंक किए जाते हैं; - कम मानों को पहले रैंक करता है; 2* किसी फ़ील्ड का भार दोगुना करता है</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>रैंक का आधार:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>सीमा:</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>चयन:</translation>
    </message>
    <message>
        <source>Watch (alert when symbols enter or leave)</source>
        <translation>नज़र रखें (सिंबल के शामिल होने या बाहर होने पर अलर्ट)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>नई स्क्रीन</translation>
    </message>
    <message>
        <source>Could not read the screens: %1</source>
        <translation>स्क्रीन पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation>%1 (रणनीति)</translation>
    </message>
    <message>
        <source>Strategy filters (settings): %1</source>
        <translation>रणनीति फ़िल्टर (सेटिंग्स): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>ये सभी</translation>
    </message>
    <message>
        <source>Or all of</source>
        <translation>या ये सभी</translation>
    </message>
    <message>
        <source>+ condition</source>
        <translation>+ शर्त</translation>
    </message>
    <message>
        <source>number, field, 'text', a and b, a, b</source>
        <translation>संख्या, फ़ील्ड, 'पाठ', a and b, a, b</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>यह शर्त हटाएँ</translation>
    </message>
    <message>
        <source>Expression: %1</source>
        <translation>एक्सप्रेशन: %1</translation>
    </message>
    <message>
        <source>This expression uses not or nested parentheses: edit it as text</source>
        <translation>यह एक्सप्रेशन not या नेस्टेड कोष्ठकों का उपयोग करता है: इसे टेक्स्ट के रूप में संपादित करें</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>The screen failed: %1</source>
        <translation>स्क्रीन विफल रही: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>%1 of %2 symbols passed on %3%4 (read %5 ms, evaluated %6 ms).</source>
        <translation>%3 को %2 में से %1 सिंबल पास हुए%4 (पढ़ना %5 ms, मूल्यांकन %6 ms)।</translation>
    </message>
    <message>
        <source>, showing the first %1</source>
        <translation>, पहले %1 दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>छोड़े गए: %1।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Screen '%1' saved</source>
        <translation>स्क्रीन '%1' सहेजी गई</translation>
    </message>
    <message>
        <source>Save screen as</source>
        <translation>स्क्रीन इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> प्रतिलिपि</translation>
    </message>
    <message>
        <source>Delete screen</source>
        <translation>स्क्रीन हटाएँ</translation>
    </message>
    <message>
        <source>Delete the screen '%1'?</source>
        <translation>स्क्रीन '%1' हटाएँ?</translation>
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
    <name>Tessera::Ui::SlippageTile</name>
    <message>
        <source>participation of ADV (log)</source>
        <translation>ADV में भागीदारी (log)</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 नमूने</translation>
    </message>
    <message>
        <source>Order sizes</source>
        <translation>ऑर्डर आकार</translation>
    </message>
    <message>
        <source>Participation %1 % of ADV
Notional %2
Cost %3 bps</source>
        <translation>ADV का %1 % भागीदारी
नोशनल %2
लागत %3 bps</translation>
    </message>
    <message>
        <source>Order %1 (%2 % of ADV)
Half spread %3 bps + impact %4 bps
= %5 bps (%6)</source>
        <translation>ऑर्डर %1 (ADV का %2 %)
आधा स्प्रेड %3 bps + इम्पैक्ट %4 bps
= %5 bps (%6)</translation>
    </message>
    <message>
        <source>Slippage · cost in bps vs participation</source>
        <translation>स्लिपेज · bps में लागत बनाम भागीदारी</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::StartFooter</name>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::StartupSettingsPage</name>
    <message>
        <source>Start Tessera when I log in</source>
        <translation>लॉग इन करने पर Tessera शुरू करें</translation>
    </message>
    <message>
        <source>Adds %1, so the scheduler runs without opening the window.</source>
        <translation>%1 जोड़ता है, ताकि विंडो खोले बिना शेड्यूलर चले।</translation>
    </message>
    <message>
        <source>Closing the window keeps Tessera running in the system tray</source>
        <translation>विंडो बंद करने पर Tessera सिस्टम ट्रे में चलता रहे</translation>
    </message>
    <message>
        <source>Scheduled runs keep going while the window is closed; quit from the tray menu.</source>
        <translation>विंडो बंद रहने पर भी शेड्यूल किए गए रन चलते रहते हैं; ट्रे मेनू से बंद करें।</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so closing the window quits Tessera and scheduled runs wait until it is started again.</source>
        <translation>इस डेस्कटॉप पर कोई सिस्टम ट्रे नहीं मिली, इसलिए विंडो बंद करने पर Tessera बंद हो जाता है और शेड्यूल किए गए रन उसके दोबारा शुरू होने तक रुके रहते हैं।</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>स्टार्टअप</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::StatusPanel</name>
    <message>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Not collected yet.</source>
        <translation>अभी एकत्र नहीं किया गया।</translation>
    </message>
    <message>
        <source>Check database integrity</source>
        <translation>डेटाबेस की अखंडता जाँचें</translation>
    </message>
    <message>
        <source>PRAGMA quick_check on the next refresh; takes seconds on a large database</source>
        <translation>अगली बार ताज़ा करने पर PRAGMA quick_check; बड़े डेटाबेस पर कुछ सेकंड लगते हैं</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>नवीनतम तिथि</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>तालिकाएँ</translation>
    </message>
    <message>
        <source>Freshness and resources</source>
        <translation>ताज़गी और संसाधन</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरे</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>पिछले रन</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>एकत्र किया जा रहा है…</translation>
    </message>
    <message>
        <source>Could not read the status: %1</source>
        <translation>स्थिति नहीं पढ़ी जा सकी: %1</translation>
    </message>
    <message>
        <source>All checks pass</source>
        <translation>सभी जाँचें सफल</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 त्रुटियाँ, %2 चेतावनियाँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style="color:%1"&gt;%2&lt;/span&gt;&lt;/b&gt; · collected %3 in %4 · schema v%5%6</source>
        <translation>&lt;b&gt;&lt;span style="color:%1"&gt;%2&lt;/span&gt;&lt;/b&gt; · %3 को %4 में एकत्र · स्कीमा v%5%6</translation>
    </message>
    <message>
        <source> · integrity checked</source>
        <translation> · अखंडता जाँची गई</translation>
    </message>
    <message>
        <source>Expected last bar:</source>
        <translation>अपेक्षित अंतिम बार:</translation>
    </message>
    <message>
        <source>Symbols:</source>
        <translation>सिंबल:</translation>
    </message>
    <message>
        <source>%1 · %2 fresh (%3 up to date) · %4 stale · %5 without bars</source>
        <translation>%1 · %2 ताज़ा (%3 अद्यतन) · %4 पुराने · %5 बिना बार</translation>
    </message>
    <message>
        <source>Last bars:</source>
        <translation>अंतिम बार:</translation>
    </message>
    <message>
        <source>Last fetch failed:</source>
        <translation>पिछली फ़ेच विफल:</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1 (%2 दिन)</translation>
    </message>
    <message>
        <source>Most behind:</source>
        <translation>सबसे पीछे:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <source>%1 (WAL %2)</source>
        <translation>%1 (WAL %2)</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 में से %1 खाली</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>डिस्क:</translation>
    </message>
    <message>
        <source>%1% now</source>
        <translation>अभी %1%</translation>
    </message>
    <message>
        <source>%1% average</source>
        <translation>औसत %1%</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>%1 · %2 s in total · %3 core(s)</source>
        <translation>%1 · कुल %2 से · %3 कोर</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>मेमोरी:</translation>
    </message>
    <message>
        <source>%1 (peak %2)</source>
        <translation>%1 (अधिकतम %2)</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>थ्रेड:</translation>
    </message>
    <message>
        <source>Running for:</source>
        <translation>चलने का समय:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::SymbolCallsPanel</name>
    <message>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>सिफ़ारिश</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>अतिरिक्त</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation>कॉल नहीं पढ़ी जा सकीं: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>हिट</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>मिस</translation>
    </message>
    <message>
        <source>, %1 first</source>
        <translation>, पहले %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a symbol to see its past calls.</source>
        <translation>इसकी पिछली कॉल देखने के लिए कोई सिंबल चुनें.</translation>
    </message>
    <message>
        <source>%1: %2 past calls, %3 scored, %4 hits (compare with the Scoreboard's base rates: a hit count alone says little).</source>
        <translation>%1: %2 पिछली कॉल, %3 स्कोर की गईं, %4 हिट (Scoreboard की आधार दरों से तुलना करें: केवल हिट की संख्या से कम पता चलता है).</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::SymbolDashboard</name>
    <message>
        <source>Amihud illiquidity</source>
        <translation>Amihud अतरलता</translation>
    </message>
    <message>
        <source>Kyle's λ</source>
        <translation>Kyle का λ</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>विखंडन</translation>
    </message>
    <message>
        <source>Volume z-score</source>
        <translation>वॉल्यूम z-स्कोर</translation>
    </message>
    <message>
        <source>Volatility (20 d, daily)</source>
        <translation>अस्थिरता (20 दिन, दैनिक)</translation>
    </message>
    <message>
        <source>Coordinated flow</source>
        <translation>समन्वित फ़्लो</translation>
    </message>
    <message>
        <source>Return (1 d)</source>
        <translation>रिटर्न (1 दिन)</translation>
    </message>
    <message>
        <source>High–low range</source>
        <translation>हाई–लो रेंज</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>सप्ताह का दिन</translation>
    </message>
    <message>
        <source>Latest features</source>
        <translation>नवीनतम फ़ीचर</translation>
    </message>
    <message>
        <source>Select a symbol to see its analysis.</source>
        <translation>विश्लेषण देखने के लिए एक सिंबल चुनें।</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not read the analysis of %1:
%2</source>
        <translation>%1 का विश्लेषण नहीं पढ़ा जा सका:
%2</translation>
    </message>
    <message>
        <source>No analysis of %1 yet — run Tools ▸ Run ▸ Pipeline.</source>
        <translation>%1 का अभी कोई विश्लेषण नहीं — उपकरण ▸ चलाएँ ▸ पाइपलाइन चलाएँ।</translation>
    </message>
    <message>
        <source>Verdict withheld: the analysis failed validation.
%1</source>
        <translation>निर्णय रोका गया: विश्लेषण सत्यापन में विफल रहा।
%1</translation>
    </message>
    <message>
        <source>• no reason recorded</source>
        <translation>• कोई कारण दर्ज नहीं</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quality %1</source>
        <translation>गुणवत्ता %1</translation>
    </message>
    <message>
        <source>Data quality %1: no problems found</source>
        <translation>डेटा गुणवत्ता %1: कोई समस्या नहीं मिली</translation>
    </message>
    <message>
        <source>Data quality %1:
%2</source>
        <translation>डेटा गुणवत्ता %1:
%2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 के अनुसार</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · %1 को अपडेट</translation>
    </message>
    <message>
        <source>%1 bars analysed; the tiles cover the last %2</source>
        <translation>%1 बार का विश्लेषण; टाइलें अंतिम %2 को दर्शाती हैं</translation>
    </message>
    <message>
        <source>%1 % per bn traded</source>
        <translation>प्रति अरब कारोबार %1 %</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fundamentals&lt;/b&gt;&lt;br&gt;None stored: tessera-cli fundamentals import FILE (README "Fundamentals").</source>
        <translation>&lt;b&gt;फंडामेंटल्स&lt;/b&gt;&lt;br&gt;कुछ भी संग्रहीत नहीं: tessera-cli fundamentals import FILE (README "Fundamentals")।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fundamentals&lt;/b&gt; as of %1 (%2)&lt;br&gt;%3&lt;table&gt;%4&lt;/table&gt;%5</source>
        <translation>&lt;b&gt;फंडामेंटल्स&lt;/b&gt; %1 तक (%2)&lt;br&gt;%3&lt;table&gt;%4&lt;/table&gt;%5</translation>
    </message>
    <message>
        <source>&lt;small&gt;* derived by Tessera from the other fields; — missing&lt;/small&gt;</source>
        <translation>&lt;small&gt;* Tessera द्वारा अन्य फ़ील्ड से व्युत्पन्न; — अनुपस्थित&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;— missing&lt;/small&gt;</source>
        <translation>&lt;small&gt;— अनुपस्थित&lt;/small&gt;</translation>
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
        <translation>प्रगति में चल रहे सिंबल के बाद रोकें; जो संग्रहीत है वह संग्रहीत रहेगा</translation>
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
    <name>Tessera::Ui::TasksSettingsPage</name>
    <message>
        <source>One per core (%1)</source>
        <translation>प्रति कोर एक (%1)</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>वर्कर थ्रेड:</translation>
    </message>
    <message>
        <source>How many symbols a task works on at once. Applies to the next run; tessera-cli takes --max-workers instead.</source>
        <translation>एक कार्य एक साथ कितने सिंबल पर काम करता है। अगले रन पर लागू होता है; tessera-cli के लिए इसकी जगह --max-workers दें।</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TileView</name>
    <message>
        <source>Double-click to enlarge.</source>
        <translation>बड़ा करने के लिए डबल-क्लिक करें।</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TopPredictionsPanel</name>
    <message>
        <source>Horizon:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>Include expired</source>
        <translation>समाप्त भी शामिल करें</translation>
    </message>
    <message>
        <source>From the hourly prediction cache (train --resolution hourly fills it): the consensus of each symbol's models, ranked by the size of the move. Validated: at least one model passed the production-ready gate out of sample. IC and hit rate are walk-forward records, not probabilities.</source>
        <translation>प्रति घंटा अनुमान कैश से (train --resolution hourly इसे भरता है): हर सिंबल के मॉडलों की सहमति, मूव के आकार के अनुसार क्रमबद्ध। सत्यापित: कम से कम एक मॉडल ने आउट-ऑफ़-सैंपल प्रोडक्शन-रेडी गेट पास किया। IC और हिट रेट वॉक-फ़ॉरवर्ड रिकॉर्ड हैं, संभावनाएँ नहीं।</translation>
    </message>
    <message>
        <source>Could not read the prediction cache: %1</source>
        <translation>अनुमान कैश नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>No hourly predictions cached yet: load hourly bars (Binance or hourly CSV files) and train hourly models (tessera-cli train --resolution hourly).</source>
        <translation>अभी कोई प्रति घंटा अनुमान कैश में नहीं: प्रति घंटा बार लोड करें (Binance या प्रति घंटा CSV फ़ाइलें) और प्रति घंटा मॉडल ट्रेन करें (tessera-cli train --resolution hourly)।</translation>
    </message>
    <message>
        <source>Largest predicted moves over the next %1 h.%2</source>
        <translation>अगले %1 घंटे में सबसे बड़े अनुमानित मूव।%2</translation>
    </message>
    <message>
        <source> %1 expired prediction(s) left out: retrain, or tick Include expired.</source>
        <translation> %1 समाप्त अनुमान छोड़े गए: दोबारा ट्रेन करें, या 'समाप्त भी शामिल करें' पर टिक करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validated&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;सत्यापित&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unvalidated&lt;/b&gt; (no model passed the gate; for reference only) — %1</source>
        <translation>&lt;b&gt;असत्यापित&lt;/b&gt; (किसी मॉडल ने गेट पास नहीं किया; केवल संदर्भ के लिए) — %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 को समाप्त</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Expired: the prediction was valid until %1 UTC</source>
        <translation>समाप्त: अनुमान %1 UTC तक मान्य था</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TrainDialog</name>
    <message>
        <source>Train models</source>
        <translation>मॉडल ट्रेन करें</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>सिंबल</translation>
    </message>
    <message numerus="yes">
        <source>Every symbol with bars (%n)</source>
        <translation>
            <numerusform>बार वाले सभी सिंबल (%n)</numerusform>
            <numerusform>बार वाले सभी सिंबल (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Universe:</source>
        <translation>सूची:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>टैग:</translation>
    </message>
    <message>
        <source>The selected symbol</source>
        <translation>चुना गया सिंबल</translation>
    </message>
    <message>
        <source>The selected symbol: %1</source>
        <translation>चुना गया सिंबल: %1</translation>
    </message>
    <message>
        <source>The %1 selected symbols: %2</source>
        <translation>चुने गए %1 सिंबल: %2</translation>
    </message>
    <message>
        <source>Tickers file:</source>
        <translation>टिकर फ़ाइल:</translation>
    </message>
    <message>
        <source>One ticker per line, # comments</source>
        <translation>प्रति पंक्ति एक टिकर, # से टिप्पणी</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ट्रेनिंग</translation>
    </message>
    <message>
        <source>Full retrain</source>
        <translation>पूरी तरह दोबारा ट्रेन</translation>
    </message>
    <message>
        <source>Every selected model is trained anew</source>
        <translation>हर चुना गया मॉडल नए सिरे से ट्रेन होता है</translation>
    </message>
    <message>
        <source>Incremental update</source>
        <translation>क्रमिक अपडेट</translation>
    </message>
    <message>
        <source>Only symbols with bars newer than their models: ridge is refit, random forest and gradient boosting are retrained only when older than the maximum age; predictions are always refreshed</source>
        <translation>केवल वे सिंबल जिनके बार उनके मॉडल से नए हैं: ridge दोबारा फ़िट होता है, random forest और gradient boosting केवल अधिकतम आयु से पुराने होने पर दोबारा ट्रेन होते हैं; पूर्वानुमान हमेशा ताज़ा किए जाते हैं</translation>
    </message>
    <message>
        <source>Incremental: symbols with new bars only; ridge is refit, the others are retrained when older than the maximum age.</source>
        <translation>क्रमिक: केवल नए बार वाले सिंबल; ridge दोबारा फ़िट होता है, बाकी अधिकतम आयु से पुराने होने पर दोबारा ट्रेन होते हैं।</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>मोड:</translation>
    </message>
    <message>
        <source>Algorithms:</source>
        <translation>एल्गोरिदम:</translation>
    </message>
    <message>
        <source>Forecast horizons in trading days, comma-separated: 1 = next day, 5 = a week (7 calendar days), 21 = a month (30 calendar days)</source>
        <translation>ट्रेडिंग दिनों में पूर्वानुमान अवधियाँ, अल्पविराम से अलग: 1 = अगला दिन, 5 = एक सप्ताह (7 कैलेंडर दिन), 21 = एक महीना (30 कैलेंडर दिन)</translation>
    </message>
    <message>
        <source>Horizons (trading days):</source>
        <translation>अवधियाँ (ट्रेडिंग दिन):</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>प्रति कोर एक (%1)</translation>
    </message>
    <message>
        <source>Symbols trained at once; each gets a share of the cores for its library threads</source>
        <translation>एक साथ ट्रेन होने वाले सिंबल; हर एक को अपने लाइब्रेरी थ्रेड के लिए कोर का हिस्सा मिलता है</translation>
    </message>
    <message>
        <source>Max concurrent:</source>
        <translation>अधिकतम एक साथ:</translation>
    </message>
    <message>
        <source>every symbol</source>
        <translation>सभी सिंबल</translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n सिंबल</numerusform>
            <numerusform>%n सिंबल</numerusform>
        </translation>
    </message>
    <message>
        <source>Update models (%1)</source>
        <translation>मॉडल अपडेट करें (%1)</translation>
    </message>
    <message>
        <source>Train models (%1)</source>
        <translation>मॉडल ट्रेन करें (%1)</translation>
    </message>
    <message>
        <source>Choose at least one algorithm.</source>
        <translation>कम से कम एक एल्गोरिदम चुनें।</translation>
    </message>
    <message>
        <source>Horizons: %1</source>
        <translation>अवधियाँ: %1</translation>
    </message>
    <message>
        <source>Choose a tickers file first.</source>
        <translation>पहले एक टिकर फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>%1 lists no tickers.</source>
        <translation>%1 में कोई टिकर नहीं है।</translation>
    </message>
    <message>
        <source>No symbol of this selection has stored bars: load data first.</source>
        <translation>इस चयन के किसी भी सिंबल के बार संग्रहीत नहीं हैं: पहले डेटा लोड करें।</translation>
    </message>
    <message>
        <source>No symbol has stored bars: load data first.</source>
        <translation>किसी भी सिंबल के बार संग्रहीत नहीं हैं: पहले डेटा लोड करें।</translation>
    </message>
    <message>
        <source>Tickers file</source>
        <translation>टिकर फ़ाइल</translation>
    </message>
    <message>
        <source>Ticker lists (*.txt *.csv *.lst);;All files (*)</source>
        <translation>टिकर सूचियाँ (*.txt *.csv *.lst);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source> (%1 of %2 have bars; the others are left out)</source>
        <translation> (%2 में से %1 के बार हैं; बाकी छोड़ दिए गए हैं)</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) per symbol</source>
        <translation>
            <numerusform>प्रति सिंबल %n मॉडल</numerusform>
            <numerusform>प्रति सिंबल %n मॉडल</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily bars (horizons in trading days)</source>
        <translation>दैनिक बार (होराइज़न ट्रेडिंग दिनों में)</translation>
    </message>
    <message>
        <source>Hourly bars (horizons in hours; crypto, seed 001)</source>
        <translation>घंटेवार बार (होराइज़न घंटों में; क्रिप्टो, seed 001)</translation>
    </message>
    <message>
        <source>Hourly models train on the stored hourly bars, on the last train/hourly/fullWindowDays days, and cache their predictions for the Top predictions view</source>
        <translation>घंटेवार मॉडल संग्रहीत घंटेवार बारों पर, पिछले train/hourly/fullWindowDays दिनों के डेटा पर ट्रेन होते हैं, और शीर्ष पूर्वानुमान व्यू के लिए अपने पूर्वानुमान कैश करते हैं</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>बार:</translation>
    </message>
    <message>
        <source>Horizons (hours):</source>
        <translation>होराइज़न (घंटे):</translation>
    </message>
    <message>
        <source>Forecast horizons in hours, comma-separated: 1 = the next hour, 6 = the next incremental update, 24 = a day</source>
        <translation>पूर्वानुमान होराइज़न घंटों में, कॉमा से अलग: 1 = अगला घंटा, 6 = अगला इंक्रीमेंटल अपडेट, 24 = एक दिन</translation>
    </message>
    <message>
        <source>Update hourly models (%1)</source>
        <translation>घंटेवार मॉडल अपडेट करें (%1)</translation>
    </message>
    <message>
        <source>Train hourly models (%1)</source>
        <translation>घंटेवार मॉडल ट्रेन करें (%1)</translation>
    </message>
    <message>
        <source>No symbol of this selection has stored hourly bars: load them first (Load / update data ▸ Binance).</source>
        <translation>इस चयन के किसी भी सिंबल के घंटेवार बार संग्रहीत नहीं हैं: पहले उन्हें लोड करें (डेटा लोड / अपडेट करें ▸ Binance)।</translation>
    </message>
    <message>
        <source>No symbol has stored hourly bars: load them first (Load / update data ▸ Binance).</source>
        <translation>किसी भी सिंबल के घंटेवार बार संग्रहीत नहीं हैं: पहले उन्हें लोड करें (डेटा लोड / अपडेट करें ▸ Binance)।</translation>
    </message>
    <message numerus="yes">
        <source>Every symbol with hourly bars (%n)</source>
        <translation>
            <numerusform>घंटेवार बार वाले सभी सिंबल (%n)</numerusform>
            <numerusform>घंटेवार बार वाले सभी सिंबल (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TrayController</name>
    <message>
        <source>Hide window</source>
        <translation>विंडो छिपाएँ</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>अभी चलाएँ</translation>
    </message>
    <message>
        <source>Pause scheduler</source>
        <translation>शेड्यूलर रोकें</translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>कोई रन शेड्यूल नहीं</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Tessera बंद करें</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>विंडो दिखाएँ</translation>
    </message>
    <message>
        <source>Next run: %1 at %2</source>
        <translation>अगला रन: %1, %2 बजे</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 रद्द</translation>
    </message>
    <message>
        <source>%1 finished with failures</source>
        <translation>%1 विफलताओं के साथ पूरा</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 पूरा</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Running: %1 (%2%)</source>
        <translation>चल रहा है: %1 (%2%)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>चल रहा है: %1</translation>
    </message>
    <message>
        <source>Scheduler paused</source>
        <translation>शेड्यूलर रुका हुआ है</translation>
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
        <translation>%2 से %3 तक %1 बार</translation>
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
        <translation>अंतिम संग्रहीत बंद भाव (स्रोत से जैसा मिला)</translation>
    </message>
    <message>
        <source>Change of the last close against the previous close</source>
        <translation>पिछले बंद भाव की तुलना में अंतिम बंद भाव में बदलाव</translation>
    </message>
    <message>
        <source>Daily bars stored</source>
        <translation>संग्रहीत दैनिक बार</translation>
    </message>
    <message>
        <source>Last fetch failed at %1:
%2</source>
        <translation>पिछली फ़ेच %1 पर विफल:
%2</translation>
    </message>
    <message>
        <source>Last successful fetch: %1
Last attempt: %2</source>
        <translation>पिछली सफल फ़ेच: %1
पिछला प्रयास: %2</translation>
    </message>
    <message>
        <source>Never fetched successfully
Last attempt: %1</source>
        <translation>कभी सफलतापूर्वक फ़ेच नहीं हुआ
पिछला प्रयास: %1</translation>
    </message>
    <message>
        <source>Data quality %1</source>
        <translation>डेटा गुणवत्ता %1</translation>
    </message>
    <message>
        <source>Data quality %1:
%2</source>
        <translation>डेटा गुणवत्ता %1:
%2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>गुणवत्ता</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>पिछला अपडेट</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>पिछली त्रुटि</translation>
    </message>
    <message>
        <source>Direction of the stored analysis (WITHHELD when it failed validation)</source>
        <translation>संग्रहीत विश्लेषण की दिशा (सत्यापन में विफल होने पर "रोका गया")</translation>
    </message>
    <message>
        <source>Data-quality grade A–D of the analysed bars</source>
        <translation>विश्लेषित बार का डेटा-गुणवत्ता ग्रेड A–D</translation>
    </message>
    <message>
        <source>When the symbol was last fetched successfully (local time)</source>
        <translation>सिंबल पिछली बार कब सफलतापूर्वक फ़ेच हुआ (स्थानीय समय)</translation>
    </message>
    <message>
        <source>Why the symbol's last fetch failed; empty when it succeeded</source>
        <translation>सिंबल की पिछली फ़ेच क्यों विफल हुई; सफल होने पर खाली</translation>
    </message>
    <message>
        <source>%1
As of %2.</source>
        <translation>%1
%2 के अनुसार।</translation>
    </message>
    <message>
        <source>Verdict score on its -1…+1 scale, signed: not a probability and not an expected move. By default (formula directional) momentum and flow set its sign and liquidity and cost can only strengthen it; hover a row for its formula</source>
        <translation>निर्णय स्कोर −1…+1 पैमाने पर, चिह्न सहित: यह न प्रायिकता है न अपेक्षित बदलाव। डिफ़ॉल्ट रूप से (directional सूत्र) मोमेंटम और फ़्लो इसका चिह्न तय करते हैं और लिक्विडिटी व लागत केवल इसे मज़बूत कर सकते हैं; सूत्र के लिए किसी पंक्ति पर माउस रखें</translation>
    </message>
    <message>
        <source>%1 (unvalidated)</source>
        <translation>%1 (असत्यापित)</translation>
    </message>
    <message>
        <source>No market-cap category: no market cap, or no rule for this market</source>
        <translation>कोई मार्केट कैप श्रेणी नहीं: मार्केट कैप नहीं है, या इस बाज़ार के लिए कोई नियम नहीं</translation>
    </message>
    <message>
        <source>%1 as of %2%3</source>
        <translation>%1, %2 तक%3</translation>
    </message>
    <message>
        <source> (derived by Tessera from the market cap)</source>
        <translation> (Tessera द्वारा मार्केट कैप से व्युत्पन्न)</translation>
    </message>
    <message>
        <source>%1 as of %2 (%3)%4</source>
        <translation>%1, %2 तक (%3)%4</translation>
    </message>
    <message>
        <source>
Derived by Tessera from the other fields (README "Fundamentals")</source>
        <translation>
Tessera द्वारा अन्य फ़ील्ड से व्युत्पन्न (README "Fundamentals")</translation>
    </message>
    <message>
        <source>Cross-sectional model as of %1 (expires %2%3)</source>
        <translation>%1 तक का क्रॉस-सेक्शनल मॉडल (समाप्ति %2%3)</translation>
    </message>
    <message>
        <source>, expired</source>
        <translation>, समाप्त</translation>
    </message>
    <message>
        <source>ML score %1: percentile of the predicted 10-day return among the day's symbols</source>
        <translation>ML स्कोर %1: दिन के सिंबल में अनुमानित 10-दिवसीय रिटर्न का पर्सेंटाइल</translation>
    </message>
    <message>
        <source>Price target %1 = close %2 × (1 %3 %4 %): the out-of-sample mean return of its decile</source>
        <translation>मूल्य लक्ष्य %1 = बंद भाव %2 × (1 %3 %4 %): उसके डेसाइल का आउट-ऑफ़-सैंपल औसत रिटर्न</translation>
    </message>
    <message>
        <source>Confidence %1 (ranking strength from out-of-sample skill, not a probability)</source>
        <translation>विश्वास %1 (आउट-ऑफ़-सैंपल कौशल से रैंकिंग की मजबूती, प्रायिकता नहीं)</translation>
    </message>
    <message>
        <source>Risk %1: percentile of the predicted 10-day drawdown (%2 %), lower = safer</source>
        <translation>जोखिम %1: अनुमानित 10-दिवसीय ड्रॉडाउन का पर्सेंटाइल (%2 %), कम = अधिक सुरक्षित</translation>
    </message>
    <message>
        <source>Price model unvalidated: its out-of-sample rank-IC t-statistic is below the gate</source>
        <translation>मूल्य मॉडल असत्यापित: इसका आउट-ऑफ़-सैंपल rank-IC t-स्टैटिस्टिक गेट से कम है</translation>
    </message>
    <message>
        <source>Risk model unvalidated: its out-of-sample rank-IC t-statistic is below the gate</source>
        <translation>जोखिम मॉडल असत्यापित: इसका आउट-ऑफ़-सैंपल rank-IC t-स्टैटिस्टिक गेट से कम है</translation>
    </message>
    <message>
        <source>P/E</source>
        <translation>P/E</translation>
    </message>
    <message>
        <source>P/B</source>
        <translation>P/B</translation>
    </message>
    <message>
        <source>ROE %</source>
        <translation>ROE %</translation>
    </message>
    <message>
        <source>Mkt cap</source>
        <translation>मार्केट कैप</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>कैप</translation>
    </message>
    <message>
        <source>ML score</source>
        <translation>ML स्कोर</translation>
    </message>
    <message>
        <source>ML target</source>
        <translation>ML लक्ष्य</translation>
    </message>
    <message>
        <source>ML risk</source>
        <translation>ML जोखिम</translation>
    </message>
    <message>
        <source>Price / earnings per share, from the latest fundamentals (italic: derived by Tessera)</source>
        <translation>मूल्य / प्रति शेयर आय, नवीनतम फंडामेंटल्स से (इटैलिक: Tessera द्वारा व्युत्पन्न)</translation>
    </message>
    <message>
        <source>Price / book value per share (italic: derived by Tessera)</source>
        <translation>मूल्य / प्रति शेयर बुक वैल्यू (इटैलिक: Tessera द्वारा व्युत्पन्न)</translation>
    </message>
    <message>
        <source>Return on equity, in percent</source>
        <translation>इक्विटी पर रिटर्न, प्रतिशत में</translation>
    </message>
    <message>
        <source>Market capitalisation in the listing's currency</source>
        <translation>लिस्टिंग की मुद्रा में मार्केट कैपिटलाइज़ेशन</translation>
    </message>
    <message>
        <source>Market-cap category: NSE by SEBI rank (large 1–100, mid 101–250, small), US by dollar bands (mega ≥ 200 bn, large ≥ 10 bn, mid ≥ 2 bn, small ≥ 300 m, micro)</source>
        <translation>मार्केट कैप श्रेणी: NSE के लिए SEBI रैंक से (लार्ज 1–100, मिड 101–250, स्मॉल), US के लिए डॉलर बैंड से (मेगा ≥ 200 bn, लार्ज ≥ 10 bn, मिड ≥ 2 bn, स्मॉल ≥ 300 m, माइक्रो)</translation>
    </message>
    <message>
        <source>Cross-sectional ML score 0–1: percentile of the predicted 10-day return; "unvalidated" when the model failed its out-of-sample gate</source>
        <translation>क्रॉस-सेक्शनल ML स्कोर 0–1: अनुमानित 10-दिवसीय रिटर्न का पर्सेंटाइल; मॉडल के आउट-ऑफ़-सैंपल गेट में विफल होने पर "असत्यापित"</translation>
    </message>
    <message>
        <source>Cross-sectional price target: close × (1 + predicted 10-day return)</source>
        <translation>क्रॉस-सेक्शनल मूल्य लक्ष्य: बंद भाव × (1 + अनुमानित 10-दिवसीय रिटर्न)</translation>
    </message>
    <message>
        <source>Cross-sectional risk 0–1: percentile of the predicted 10-day drawdown, lower = safer</source>
        <translation>क्रॉस-सेक्शनल जोखिम 0–1: अनुमानित 10-दिवसीय ड्रॉडाउन का पर्सेंटाइल, कम = अधिक सुरक्षित</translation>
    </message>
    <message>
        <source>%1: %2 @ %3</source>
        <translation>%1: %2 @ %3</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>धारित</translation>
    </message>
    <message>
        <source>Quantity held over the portfolio's accounts (paper and brokers); hover for each account's position and average price</source>
        <translation>पोर्टफ़ोलियो के खातों (पेपर और ब्रोकर) में धारित मात्रा; हर खाते की पोज़िशन और औसत मूल्य के लिए होवर करें</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::VerdictCard</name>
    <message>
        <source>Momentum</source>
        <translation>मोमेंटम</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>फ़्लो</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>लिक्विडिटी</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Momentum (45%)</source>
        <translation>मोमेंटम (45%)</translation>
    </message>
    <message>
        <source>Score %1 (verdict withheld)</source>
        <translation>स्कोर %1 (निर्णय रोका गया)</translation>
    </message>
    <message>
        <source>%1 %2 × weight %3 = %4 of the score</source>
        <translation>%1 %2 × भार %3 = स्कोर का %4</translation>
    </message>
    <message>
        <source>Score %1 (−1…+1) = d·(1 + %2·t)</source>
        <translation>स्कोर %1 (−1…+1) = d·(1 + %2·t)</translation>
    </message>
    <message>
        <source>Score %1 (−1…+1) = Σ weight × component</source>
        <translation>स्कोर %1 (−1…+1) = Σ भार × घटक</translation>
    </message>
    <message>
        <source>%1 %2 × weight %3 = %4 of the direction part d = %5, which alone sets the sign</source>
        <translation>%1 %2 × भार %3 = दिशा भाग d = %5 का %4, जो अकेले चिह्न तय करता है</translation>
    </message>
    <message>
        <source>%1 %2 × share %3 = %4 of the tradability t = %5 (never below 0), which can only strengthen the score: × (1 + %6·t)</source>
        <translation>%1 %2 × हिस्सा %3 = ट्रेडेबिलिटी t = %5 (कभी 0 से कम नहीं) का %4, जो स्कोर को केवल मज़बूत कर सकता है: × (1 + %6·t)</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::VolumeProfileTile</name>
    <message>
        <source>Volume profile · POC %1</source>
        <translation>वॉल्यूम प्रोफ़ाइल · POC %1</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>POC</translation>
    </message>
    <message>
        <source>Volume profile · OUT OF RANGE</source>
        <translation>वॉल्यूम प्रोफ़ाइल · रेंज से बाहर</translation>
    </message>
    <message>
        <source>The point of control %1 lies outside the chart's price range %2 – %3.</source>
        <translation>पॉइंट ऑफ़ कंट्रोल %1 चार्ट की मूल्य रेंज %2 – %3 से बाहर है।</translation>
    </message>
    <message>
        <source>%1 – %2
Volume %3</source>
        <translation>%1 – %2
वॉल्यूम %3</translation>
    </message>
    <message>
        <source>
Point of control %1</source>
        <translation>
पॉइंट ऑफ़ कंट्रोल %1</translation>
    </message>
    <message>
        <source>
Inside the value area %1 – %2 (%3 % of the volume)</source>
        <translation>
वैल्यू एरिया %1 – %2 के अंदर (वॉल्यूम का %3 %)</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistStore</name>
    <message>
        <source>Reading the watchlists failed: %1</source>
        <translation>वॉचलिस्ट पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>Watchlist "%1" created</source>
        <translation>वॉचलिस्ट "%1" बनाई गई</translation>
    </message>
    <message>
        <source>1 symbol added to "%1"</source>
        <translation>"%1" में 1 सिंबल जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 symbols added to "%2"</source>
        <translation>"%2" में %1 सिंबल जोड़े गए</translation>
    </message>
    <message>
        <source>%1 removed from "%2"</source>
        <translation>%1 को "%2" से हटाया गया</translation>
    </message>
    <message>
        <source>Watchlist "%1" deleted</source>
        <translation>वॉचलिस्ट "%1" हटाई गई</translation>
    </message>
    <message>
        <source>Watchlist "%1" renamed to "%2"</source>
        <translation>वॉचलिस्ट "%1" का नाम बदलकर "%2" किया गया</translation>
    </message>
    <message>
        <source>Nothing imported from %1: not stored symbols: %2</source>
        <translation>%1 से कुछ भी इम्पोर्ट नहीं हुआ: ये सिंबल संग्रहीत नहीं हैं: %2</translation>
    </message>
    <message>
        <source>%1 tickers read from %2, %3 added to "%4"</source>
        <translation>%2 से %1 टिकर पढ़े गए, "%4" में %3 जोड़े गए</translation>
    </message>
    <message>
        <source>%1 tickers of "%2" written to %3</source>
        <translation>"%2" के %1 टिकर %3 में लिखे गए</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistSwitcher</name>
    <message>
        <source>Watchlist to switch through</source>
        <translation>बदलने के लिए वॉचलिस्ट</translation>
    </message>
    <message>
        <source>Show this symbol's chart</source>
        <translation>इस सिंबल का चार्ट दिखाएँ</translation>
    </message>
    <message>
        <source>Previous symbol of the watchlist</source>
        <translation>वॉचलिस्ट का पिछला सिंबल</translation>
    </message>
    <message>
        <source>Next symbol of the watchlist</source>
        <translation>वॉचलिस्ट का अगला सिंबल</translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistsPanel</name>
    <message>
        <source>The watchlist shown below</source>
        <translation>नीचे दिखाई गई वॉचलिस्ट</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>New watchlist…</source>
        <translation>नई वॉचलिस्ट…</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Rename, delete, import, export</source>
        <translation>नाम बदलें, हटाएँ, इम्पोर्ट, एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>सूची हटाएँ</translation>
    </message>
    <message>
        <source>Import tickers file…</source>
        <translation>टिकर फ़ाइल इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Export tickers file…</source>
        <translation>टिकर फ़ाइल एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Show only this list's symbols in the universe table</source>
        <translation>यूनिवर्स तालिका में केवल इस सूची के सिंबल दिखाएँ</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>सूची से हटाएँ</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>नई वॉचलिस्ट</translation>
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation>नई वॉचलिस्ट का नाम:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No watchlists yet: press + or right-click a symbol ▸ Add to watchlist.</source>
        <translation>अभी कोई वॉचलिस्ट नहीं: + दबाएँ या किसी सिंबल पर राइट-क्लिक करें ▸ वॉचलिस्ट में जोड़ें।</translation>
    </message>
    <message>
        <source>Drag symbols here from the table, or right-click one ▸ Add to watchlist.</source>
        <translation>तालिका से सिंबल यहाँ खींचें, या किसी पर राइट-क्लिक करें ▸ वॉचलिस्ट में जोड़ें।</translation>
    </message>
    <message>
        <source>↑/↓ switch the chart · Delete removes · drop symbols to add</source>
        <translation>↑/↓ चार्ट बदलें · Delete हटाता है · जोड़ने के लिए सिंबल यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Rename watchlist</source>
        <translation>वॉचलिस्ट का नाम बदलें</translation>
    </message>
    <message>
        <source>New name of "%1":</source>
        <translation>"%1" का नया नाम:</translation>
    </message>
    <message>
        <source>Delete watchlist</source>
        <translation>वॉचलिस्ट हटाएँ</translation>
    </message>
    <message>
        <source>Delete the watchlist "%1"? Its symbols stay in the database.</source>
        <translation>वॉचलिस्ट "%1" हटाएँ? इसके सिंबल डेटाबेस में बने रहेंगे।</translation>
    </message>
    <message>
        <source>Import a tickers file as a watchlist</source>
        <translation>टिकर फ़ाइल को वॉचलिस्ट के रूप में इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Tickers files (*.txt *.csv);;All files (*)</source>
        <translation>टिकर फ़ाइलें (*.txt *.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Import watchlist</source>
        <translation>वॉचलिस्ट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Add the tickers to the watchlist (created if new):</source>
        <translation>टिकर वॉचलिस्ट में जोड़ें (नई हो तो बनाई जाएगी):</translation>
    </message>
    <message>
        <source>Export watchlist "%1"</source>
        <translation>वॉचलिस्ट "%1" एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Tickers files (*.txt)</source>
        <translation>टिकर फ़ाइलें (*.txt)</translation>
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message>
        <source>WITHHELD</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>directional</source>
        <translation>दिशात्मक</translation>
    </message>
    <message>
        <source>seed (plain sum)</source>
        <translation>seed (सादा योग)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>score = wM·momentum + wF·flow + wL·liquidity + wC·cost (the weighted sum of all four)</source>
        <translation>स्कोर = wM·मोमेंटम + wF·फ़्लो + wL·लिक्विडिटी + wC·लागत (चारों का भारित योग)</translation>
    </message>
    <message>
        <source>score = d·(1 + k·t), where d = wM·momentum + wF·flow sets the sign, t = max(0, weighted mean of liquidity and cost) and k = (wL + wC)/(wM + wF), 3/7 with the default weights</source>
        <translation>स्कोर = d·(1 + k·t), जहाँ d = wM·मोमेंटम + wF·फ़्लो चिह्न तय करता है, t = max(0, लिक्विडिटी और लागत का भारित माध्य) और k = (wL + wC)/(wM + wF), डिफ़ॉल्ट भारों के साथ 3/7</translation>
    </message>
    <message>
        <source>score = %1·momentum + %2·flow + %3·liquidity + %4·cost%5</source>
        <translation>स्कोर = %1·मोमेंटम + %2·फ़्लो + %3·लिक्विडिटी + %4·लागत%5</translation>
    </message>
    <message>
        <source>(liquidity + cost)/2</source>
        <translation>(लिक्विडिटी + लागत)/2</translation>
    </message>
    <message>
        <source>(%1·liquidity + %2·cost)/%3</source>
        <translation>(%1·लिक्विडिटी + %2·लागत)/%3</translation>
    </message>
    <message>
        <source>d = %1·momentum + %2·flow%3; t = max(0, %4)%5; score = d·(1 + %6·t)%7</source>
        <translation>d = %1·मोमेंटम + %2·फ़्लो%3; t = max(0, %4)%5; स्कोर = d·(1 + %6·t)%7</translation>
    </message>
    <message>
        <source>Verdict withheld: %1</source>
        <translation>निर्णय रोका गया: %1</translation>
    </message>
    <message>
        <source>the analysis failed validation</source>
        <translation>विश्लेषण सत्यापन में विफल रहा</translation>
    </message>
    <message>
        <source>The computed score was %1 on a −1…+1 scale.</source>
        <translation>गणना किया गया स्कोर −1…+1 पैमाने पर %1 था।</translation>
    </message>
    <message>
        <source>Verdict %1: score %2 on a −1…+1 scale (UP above %3, DOWN below %4).</source>
        <translation>निर्णय %1: −1…+1 पैमाने पर स्कोर %2 (%3 से ऊपर UP, %4 से नीचे DOWN)।</translation>
    </message>
    <message>
        <source>The score is not a probability and not an expected move; its size, |score| = %1, is the signal's strength.</source>
        <translation>स्कोर न प्रायिकता है न अपेक्षित बदलाव; इसका आकार, |स्कोर| = %1, संकेत की ताक़त है।</translation>
    </message>
    <message>
        <source>Components (each −1…+1): momentum %1, flow %2, liquidity %3, cost %4.</source>
        <translation>घटक (प्रत्येक −1…+1): मोमेंटम %1, फ़्लो %2, लिक्विडिटी %3, लागत %4।</translation>
    </message>
    <message>
        <source>Formula %1: %2.</source>
        <translation>सूत्र %1: %2।</translation>
    </message>
    <message>
        <source>Momentum and flow set the direction; liquidity and cost can only strengthen it.</source>
        <translation>मोमेंटम और फ़्लो दिशा तय करते हैं; लिक्विडिटी और लागत केवल उसे मज़बूत कर सकते हैं।</translation>
    </message>
    <message>
        <source>Liquidity and cost add to the score whatever the market did, so liquid, cheap stocks lean UP.</source>
        <translation>लिक्विडिटी और लागत बाज़ार की चाल जो भी हो स्कोर में जुड़ते हैं, इसलिए तरल, सस्ते शेयर UP की ओर झुकते हैं।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tessera market-analysis workstation</source>
        <translation>Tessera बाज़ार-विश्लेषण वर्कस्टेशन</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>संस्करण दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Database file (default: settings, then %1).</source>
        <translation>डेटाबेस फ़ाइल (डिफ़ॉल्ट: सेटिंग्स, फिर %1)।</translation>
    </message>
    <message>
        <source>Load the offline demo market when no bars are stored.</source>
        <translation>कोई बार संग्रहीत न होने पर ऑफ़लाइन डेमो बाज़ार लोड करें।</translation>
    </message>
    <message>
        <source>Save a PNG of the window once its data is shown, then exit.</source>
        <translation>डेटा दिखने के बाद विंडो का PNG सहेजें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off (default: settings, then info).</source>
        <translation>trace, debug, info, warn, error या off (डिफ़ॉल्ट: सेटिंग्स, फिर info)।</translation>
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
    <message>
        <source>Load %1</source>
        <translation>%1 लोड करें</translation>
    </message>
    <message>
        <source>With --screenshot: what to show: %1 (default main).</source>
        <translation>--screenshot के साथ: क्या दिखाना है: %1 (डिफ़ॉल्ट main)।</translation>
    </message>
    <message>
        <source>With --screenshot: start a load over PROVIDER (csv:DIR, synthetic) and take the picture while it runs.</source>
        <translation>--screenshot के साथ: PROVIDER (csv:DIR, synthetic) से लोड शुरू करें और उसके चलते समय तस्वीर लें।</translation>
    </message>
    <message>
        <source>Show the analyses in DIR (the JSON files of pipeline --json-out) instead of the stored ones.</source>
        <translation>संग्रहीत विश्लेषणों की जगह DIR के विश्लेषण (pipeline --json-out की JSON फ़ाइलें) दिखाएँ।</translation>
    </message>
    <message>
        <source>With --screenshot: select this symbol first.</source>
        <translation>--screenshot के साथ: पहले यह सिंबल चुनें।</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window (when there is a tray).</source>
        <translation>विंडो दिखाए बिना सिस्टम ट्रे में शुरू करें (जब ट्रे उपलब्ध हो)।</translation>
    </message>
    <message>
        <source>Worker threads of task runs in this session (default: settings).</source>
        <translation>इस सत्र में कार्य रन के वर्कर थ्रेड (डिफ़ॉल्ट: सेटिंग्स)।</translation>
    </message>
    <message>
        <source>Colours for this session: system, light or dark (default: Settings ▸ Appearance).</source>
        <translation>इस सत्र के रंग: system, light या dark (डिफ़ॉल्ट: सेटिंग्स ▸ रूप-रंग)।</translation>
    </message>
    <message>
        <source>Rising/falling colours for this session: green-up, red-up or blue-orange (default: Settings ▸ Appearance).</source>
        <translation>इस सत्र के बढ़त/गिरावट रंग: green-up, red-up या blue-orange (डिफ़ॉल्ट: सेटिंग्स ▸ रूप-रंग)।</translation>
    </message>
    <message>
        <source>With --screenshot: candles, bars (OHLC), line, area or heikin-ashi.</source>
        <translation>--screenshot के साथ: candles, bars (OHLC), line, area या heikin-ashi।</translation>
    </message>
    <message>
        <source>With --screenshot: price scale: linear, log or percent.</source>
        <translation>--screenshot के साथ: मूल्य स्केल: linear, log या percent।</translation>
    </message>
    <message>
        <source>With --screenshot: the chart's indicators, e.g. "sma:50,bb:20:2,rsi:14,macd:12:26:9" (keys and parameters: README); "" for none.</source>
        <translation>--screenshot के साथ: चार्ट के संकेतक, जैसे "sma:50,bb:20:2,rsi:14,macd:12:26:9" (कुंजियाँ और पैरामीटर: README); किसी के लिए नहीं तो ""।</translation>
    </message>
    <message>
        <source>With --screenshot: overlay these symbols on the chart (A,B).</source>
        <translation>--screenshot के साथ: इन सिंबल को चार्ट पर ओवरले करें (A,B)।</translation>
    </message>
    <message>
        <source>With --screenshot: add a relative-strength pane against T.</source>
        <translation>--screenshot के साथ: T के मुकाबले सापेक्ष मजबूती पैन जोड़ें।</translation>
    </message>
    <message>
        <source>With --screenshot: 1, 2 or 4 charts; --grid-symbols names the others.</source>
        <translation>--screenshot के साथ: 1, 2 या 4 चार्ट; --grid-symbols अन्य के नाम देता है।</translation>
    </message>
    <message>
        <source>With --screenshot and --charts: the other charts' symbols (A,B,C).</source>
        <translation>--screenshot और --charts के साथ: अन्य चार्टों के सिंबल (A,B,C)।</translation>
    </message>
    <message>
        <source>With --screenshot: visible range: 1m, 3m, 6m, 1y, 5y or all.</source>
        <translation>--screenshot के साथ: दृश्य अवधि: 1m, 3m, 6m, 1y, 5y या all।</translation>
    </message>
    <message>
        <source>With --screenshot: chart bars: daily, weekly, monthly or 60m (stored hourly bars).</source>
        <translation>--screenshot के साथ: चार्ट बार: daily, weekly, monthly या 60m (संग्रहीत घंटेवार बार)।</translation>
    </message>
    <message>
        <source>With --screenshot: show the chart grid as the last session left it (charts, link, the other charts' symbols and timeframes); nothing is saved.</source>
        <translation>--screenshot के साथ: चार्ट ग्रिड वैसा ही दिखाएँ जैसा पिछले सत्र में छोड़ा गया था (चार्ट, लिंक, अन्य चार्टों के सिंबल और टाइमफ़्रेम); कुछ भी सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>With --screenshot: the portfolio view's account (default Paper).</source>
        <translation>--screenshot के साथ: पोर्टफ़ोलियो व्यू का खाता (डिफ़ॉल्ट Paper).</translation>
    </message>
</context>
</TS>