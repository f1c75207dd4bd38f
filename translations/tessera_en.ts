<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Native market-analysis workstation: universes, daily bars, indicators, market tiles and verdicts, per-stock models, schedules and exports — all in one local SQLite file.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;Licences: Tessera is free software under the GPL-3.0-or-later (Qt Charts is GPL-3.0). Qt — LGPL-3.0; SQLite — public domain; spdlog and fmt — MIT; Eigen — MPL-2.0; tl::expected — CC0-1.0.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Broker</name>
    <message>
        <source>%1 session expired or was revoked: log in again (tessera-cli broker login %2, or Brokers ▸ Connect in the app) [%3]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the instrument list holds no equities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an equity in %2's instrument list (%3 equities, %4): Tessera places orders for NSE (.NS) and BSE (.BO) shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown broker '%1' (one of: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs both the API key and the API secret of your app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no API key stored for %1: run 'tessera-cli broker login %2 --api-key KEY' (or Brokers ▸ Connect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not logged in to %1: run 'tessera-cli broker login %2' (or Brokers ▸ Connect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 session of %2 expired at %3 (tokens last until 06:00 IST the next day): log in again with 'tessera-cli broker login %4'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers did not log in (%1): try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers' login answer lacks the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the order (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change of order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers has no order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cancellation of order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not Kite's instrument list (line 1 lacks tradingsymbol, instrument_type or exchange)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: %3 fields, %4 expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2: not Fyers' symbol master (column 10 should hold a symbol like NSE:RELIANCE-EQ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no system keychain available: install/unlock gnome-keyring (or KWallet) and make sure a D-Bus session runs; Tessera never stores broker secrets in a plain file (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system keychain: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite did not log in (status '%1'): try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite's login answer lacks the access token or user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite has no order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live trading is off, so no order goes to a broker: turn it on with 'tessera-cli settings set broker/liveTrading on'; the paper account needs no switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live order not confirmed for %1 account %2: nothing was sent (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change order %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 orders need a whole number of shares above 0, not %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a limit or stop-limit order needs a price above 0 (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stop-loss order needs a trigger price above 0 (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen for the %1 login answer on 127.0.0.1:%2: %3 (another program uses the port? choose another with --port and register its redirect URL with %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not this login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This answer belongs to another login attempt. Start the login again from Tessera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tessera has this login. You can close this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tessera received the %1 login. You can close this tab and return to Tessera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no login answer from the browser within %1 s: log in on the %2 page that opened, and check that the app's redirect URL is %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the order book could not be read either, so it is unknown whether the order went through: check %2's order book (tag %3) before placing it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; no order tagged %2 is in %3's order book, so nothing was placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is logged in as %2, not as %3 (portfolio account '%4'): log in to %3 with 'tessera-cli broker login %5' (or Brokers ▸ Connect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2: %3 new order(s), %4 status update(s), %5 new trade(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (new account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>Trend line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizontal level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fibonacci retracement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Wrote %1 into %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no rows, nothing is stored in the %2 days up to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no rows, nothing is stored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Cannot open the export folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stocks CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30-day &amp;history CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical &amp;indicators CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the CSV file into the export folder; the summary names the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the folder the exports are written to in the file manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested stocks (daily &amp;picks) CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All four</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Tessera user guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundled user guide is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorPaneSeries</name>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed (their stored bars are kept): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag "%1": %2 of the %3 tickers in the file newly tagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 done, %2 failed in %3 s (run %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled with %1 left.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) marked interrupted.</source>
        <translation>
            <numerusform>%n run marked interrupted.</numerusform>
            <numerusform>%n runs marked interrupted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing committed was lost: free some disk space, then Resume run %1 in the operations view (%2 left).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled: %1 (Tools ▸ Scheduler).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No crypto universe to refresh: import Top crypto (USDT) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 pair(s) added, %3 delisted pair(s) removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new pair(s) trading, %3 member(s) delisted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, added: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, delisted (stored bars kept): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: Tools ▸ Refresh crypto universes from Binance applies it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelFormat</name>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 trading day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trading days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of sample (%1 walk-forward test rows, %2 folds, horizon %3):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IC %1 (t %2; a constant forecast has 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hit rate %1 vs %2 (training-mean baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R² %1 vs %2, MAE %3 vs %4 (%5 baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zero-return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training-mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSE %1 lower than the better baseline; better in %2 of %3 folds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1D</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;L %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slippage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriceAlert</name>
    <message>
        <source>%1 rose to %2 (close %3 on %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fell to %2 (close %3 on %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limit at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop-limit: trigger %1, limit %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop-market: trigger %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm live order: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (from the stored prices; the broker's price decides)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Send this order to %1 account %2?&lt;/b&gt;&lt;br&gt;It is a real order with real money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;table cellspacing='4'&gt;&lt;tr&gt;&lt;td&gt;Broker:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Account:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; (%3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Side:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Quantity:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Symbol:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Type:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;, %8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%9:&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivery (CNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intraday (MIS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated proceeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send live order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mega cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Micro cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicted move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close → predicted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IC (vs 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate vs baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSE skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exp(predicted log return) − 1 over the horizon, from the as-of close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample rank correlation of the models' forecasts and realised returns (mean of the consensus's models); a constant forecast scores 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of out-of-sample hours with the right direction, beside the training-mean baseline's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 − MSE / MSE of the better naive baseline; above 0 beats it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>☆ %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watchlist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown symbol '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 × %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunFormat</name>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done with failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Last close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change of the close from the previous bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return over 5 bars (adjusted close)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return over 20 bars (adjusted close)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return over 60 bars (adjusted close)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return over 120 bars (adjusted close)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return over 250 bars (adjusted close)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean volume of the last 20 bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest high of the last 250 bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest low of the last 250 bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market-cap category (large, mid, small, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict direction: UP, DOWN, NEUTRAL or WITHHELD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict score, -1 to +1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict strength, min(|score|, 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-quality grade A to D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-stock models' consensus predicted return (shortest horizon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consensus confidence 0 to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 when the consensus' models passed validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional ML score 0 to 1 (higher = better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional predicted price at the horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional predicted return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional model confidence 0 to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional risk score 0 to 1 (lower = safer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 when the cross-sectional price model passed its gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector (the symbol's, else the fundamentals')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag of the symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A universe the symbol belongs to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export rows to CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the rows as shown (sorted and filtered) to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export rows to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLaunchers</name>
    <message>
        <source>Load / update data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write stocks, 30-day history and technical indicators CSV files into the export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the per-stock models (random forest, gradient boosting, ridge) with walk-forward validation and refresh the predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "%1" with its default parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load / update data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train cross-sectional models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the pooled 10-day price and drawdown models over the shown universe, validate them walk-forward by date (daily rank IC) and store today's ML scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train cross-sectional models (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update fundamentals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch bars from the configured provider, Yahoo, Stooq, Binance (crypto, hourly), the offline demo or a CSV folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train hourly models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the per-pair models on hourly bars (horizons in hours), cache their predictions and refresh the Top predictions view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run all (nightly saga)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Broker::FyersClient</name>
    <message>
        <source>Fyers' rate limit was hit while %1 (HTTP %2, %3 attempts): wait a minute and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers refused %1: insufficient funds (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers refused %1: the market is closed (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers rejected %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers refused %1: %2 (code %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers answered HTTP %1 while %2%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Broker::KiteClient</name>
    <message>
        <source>Kite's rate limit was hit while %1 (HTTP 429, %2 attempts): wait a minute and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite refused %1: insufficient funds (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite refused %1: not enough shares held to sell (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite refused %1: the market is closed (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite refused %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite rejected %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite denied %1: %2 (is the app allowed to do this?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite's order system failed while %1 (%2: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite answered HTTP %1 while %2%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Monitor</name>
    <message>
        <source>The last %1 run (#%2, %3) failed%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last %1 run (#%2, %3) was interrupted with %4 symbols left; resume it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last %1 run (#%2, %3) finished with %4 of %5 symbols failed; retry the failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 run #%2 is marked running but its process %3 is gone; it will be marked interrupted at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 run (#%2) is running since %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last %1 run (#%2, %3) was %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbols are stored: import a universe or load data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 symbols, %2 with bars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol has bars: load data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 symbols with bars (%3%) are stale: their last bar is more than %4 business days before %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 symbols with bars are fresh (%3 up to %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 free on the database's disk (%2%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low disk space: %1 free on the database's disk (%2%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database (%1) is larger than the free disk space (%2): a backup or VACUUM would not fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database integrity check: ok.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database integrity check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data validation: %1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data validation: %1 more findings (tessera-cli run-all findings)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Track</name>
    <message>
        <source>all %1 calls</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui</name>
    <message>
        <source>%1 bars (grade A needs 250)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 missing business days (%2 % of the bars)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 zero-volume days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yahoo server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stooq server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yahoo request rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stooq request rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout without data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline per request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First retry after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of a new symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars in the tiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order sizes costed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market impact coefficient k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monte Carlo runs per order size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict weight: momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict weight: flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict weight: liquidity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict weight: cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UP above score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DOWN below score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation tolerance factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON documents folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-forward folds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewest rows to train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model versions kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrain forests and boosting after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predictions expire after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production gate: MSE skill over naive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production gate: minimum IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production gate: minimum IC t-statistic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production gate: hit-rate edge over naive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production gate: share of folds beaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: trees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: features tried per split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient boosting: tree depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient boosting: learning rate (eta)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient boosting: most rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep daily exports for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binance server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binance request rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binance weight limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binance bar interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day boundary of 24/7 markets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly model horizons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly full-retrain window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly forest trees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly forest library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly prediction lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-forward: rows per test fold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-forward: most folds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: fewest rows in a leaf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: tree depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random forest: fewest rows in a leaf (share)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::AbsorptionFlowTile</name>
    <message>
        <source>Absorption flow · imbalance %1%2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shares (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Buy %2
Sell %3
Net %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying %1 %, selling %2 % of the volume over %3 days (by the close's place in the day's range).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ActivityHeatmapTile</name>
    <message>
        <source>Activity · mean volume %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity · no bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2
Mean volume %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::AlertsPanel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the price alerts failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert set: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert set: %1 rises to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert set: %1 falls to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the alert failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hit %1 · close %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rises to %2: fires on the first new bar whose high reaches it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 falls to %2: fires on the first new bar whose low reaches it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 when the close was %2; checked through %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No price alerts: right-click the chart ▸ Alert at this price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 active, %2 triggered · checked after each data update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledge screen alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledging failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 screen alert(s) not yet acknowledged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::AppearanceSettingsPage</name>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colours of rising and falling prices in charts, tiles and tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green rising, red falling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red rising, green falling (East Asian markets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue rising, orange falling (colour-blind safe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart colours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies at once to the window; a chart already drawn takes the new colours when it is drawn again (select another symbol). Also: tessera --theme light|dark|system and --chart-colors green-up|red-up|blue-orange for one session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::BacktestChartView</name>
    <message>
        <source>drawdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>growth of 1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::BacktestWindow</name>
    <message>
        <source>Backtests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a backtest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored screen or strategy, or an expression such as "rsi_14 &lt; 30 and close &gt; sma_200".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily, weekly (first trading day of each week), monthly, or every N trading days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebalance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> trading days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting capital: the slippage model prices each order of it, on both legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit when a day's low reaches this far below the entry; a bar touching both the stop and the target counts as the stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit when a day's high reaches this far above the entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow stale fundamentals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fundamentals are not point-in-time before Tessera began collecting them: use the first stored values for earlier days (the report says so)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAGR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bench.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two runs: their equity curves on one chart, metrics side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select exactly two stored runs to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove backtests</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove %n stored run(s)?</source>
        <translation>
            <numerusform>Remove %n stored run?</numerusform>
            <numerusform>Remove %n stored runs?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the stored runs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m rebalances · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the stored history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a screen or type an expression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rebalance(s) replayed</source>
        <translation>
            <numerusform>%n rebalance replayed</numerusform>
            <numerusform>%n rebalances replayed</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as run #%1 (%2 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing run #%1 with run #%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 to %3, rebalance %4, top %5, hold %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strategy (after costs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>equal-weight universe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawdown of the strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drawdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranked by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>equal-weight universe (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawdowns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left: %1 (%2). Right: %3 (%4). The benchmark column is the first run's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark (equal-weight universe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volatility (annualised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharpe (risk-free 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate (trades with a gain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turnover (per year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Costs paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebalances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrain ML scores every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional ML scores from models retrained walk-forward, each on data up to its retrain day only, instead of the stored models' scores (slower: two models per retrain; the stored models are not changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdicts as of the rebalance days: %v of %m symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>walk-forward ML models: %v of %m fits · %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::BollingerTile</name>
    <message>
        <source>Bollinger (20, 2σ) · band %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMA 20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Close %2
Upper %3
SMA 20 %4
Lower %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::BrokerLoginDialog</name>
    <message>
        <source>Connect a broker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zerodha Kite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kite api_key or Fyers app_id (empty: the stored one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API secret (kept in the system keychain only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect URL to register:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading is ON: orders to a connected account still ask for a confirmation naming the broker and account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in opens the broker's login page in your browser; the broker sends the browser back to Tessera on this computer. Keys, secrets and the day's access token are kept in the system keychain, never in Tessera's files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No login answer from the browser within %1 s: check that the app's redirect URL is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not set up. Enter the API key and secret of your %1 app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: API key stored, not logged in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the session of %2 expired: log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: logged in as %2 (%3) until %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the login…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the %1 login in your browser (the page opened at %2)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading is off (the default): orders go to the paper account. Turn it on with Brokers ▸ Live trading enabled (or: tessera-cli settings set broker/liveTrading on).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::BuyPicksDialog</name>
    <message>
        <source>Buy the top picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paper account buys the best-ranked picks it does not hold yet, at the next bar's open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positions (top N):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equal weight of the cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed amount each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk-based (to the pick's stop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount each:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk per position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach each pick's target and stop as exits (OCO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only picks recommended BUY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to buy: every slot is taken or the picks are held already.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n order(s) placed in the paper account: %1</source>
        <translation>
            <numerusform>%n order placed in the paper account: %1</numerusform>
            <numerusform>%n orders placed in the paper account: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::CalendarSettingsPage</name>
    <message>
        <source>Quality grades count a weekday without a bar as missing unless the symbol's market was closed. After every load Tessera infers each market's closed days from its stored bars (a weekday on which none of at least 5 listed symbols traded); holidays imported with &lt;tt&gt;tessera-cli schedule holidays import FILE --calendar MARKET&lt;/tt&gt; are kept. Crypto trades every day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols: stored symbols of the market with bars. Closed days: weekdays on which the market was closed, within the stored history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the calendars: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — tickers without an exchange suffix (the market calendar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol has stored bars yet: load data first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trades every day, weekends included: every calendar day without a bar is missing.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Closed weekdays of %1 (%n day(s)):</source>
        <translation>
            <numerusform>Closed weekdays of %1 (%n day):</numerusform>
            <numerusform>Closed weekdays of %1 (%n days):</numerusform>
        </translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendars</source>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every stored bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a symbol to see its chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bars stored for %1.
Import a CSV folder or load data from the File menu.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bars</source>
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
    <message>
        <source>5Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last five years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the bars are drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OHLC bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heikin-Ashi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heikin-Ashi candles smooth the bars; the legend and the studies still show the real prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equal heights for equal percentage moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change from the first visible bar's close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, remove and edit indicators; save and load templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlay other symbols (in percent from the first visible bar) or add a relative-strength pane against a benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, adjusted · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bars from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices are adjusted for splits and dividends, so they can differ from the quotes printed at the time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source delivered no adjusted closes: prices are as quoted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relative strength vs %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy price %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add symbol…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relative strength against…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relative strength against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove relative strength vs %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tessera chart of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a .png or .svg file name (not .%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bar period. 60 min shows the stored hourly bars (hourly CSV files, Binance), in the market's time zone. Weekly and monthly bars are built from the daily bars; a week's bar is dated on its last trading day (Friday, or Thursday when Friday was a holiday).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>60 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no 60-minute bars stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bars from %2 to %3 (%4). Times are the bars' opening hours in %5; prices as traded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stored 60-minute bars of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>60-minute bars are shown for symbols with hourly bars stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No 60-minute bars stored for %1: load hourly CSV files (fetch --provider csv:DIR) or fetch from Binance with --interval 1h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparisons and relative strength use daily bars: choose Daily, Weekly or Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— daily, weekly and monthly bars only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::CandlesTile</name>
    <message>
        <source>Candles · last %1 bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
O %2  H %3
L %4  C %5
V %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ChartGrid</name>
    <message>
        <source>Charts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 charts, each with its own symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link crosshair and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panning, zooming and the crosshair move every chart to the same dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The symbol of this chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load the bars of %1:
%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::CrossSectionPanel</name>
    <message>
        <source>Price model (10-day return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk model (10-day drawdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cross-sectional model stored yet: Tools ▸ Run ▸ Train cross-sectional models (or tessera-cli train-xs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily rank IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean outcome by predicted decile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10-day return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10-day max drawdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · as of %2 · %3 symbols, %4 rows · %5, %6 per day&lt;br&gt;Daily rank IC %7 (sd %8, ICIR %9, Newey–West t %10 over %11 test days) against the baseline %12's %13 · top − bottom decile %14 before costs, %15 after · R² %16 · &lt;b&gt;%17&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validated (t ≥ %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unvalidated: t below the gate %1, scores are not a signal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily rank IC of the %1 model, out of sample%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (unvalidated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean realised %1 by predicted decile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::DataSourceSettingsPage</name>
    <message>
        <source>Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stooq</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline demo market (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of daily OHLCV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network fetch (Yahoo and Stooq)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the CSV folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yahoo's chart API: daily bars with adjusted close, dividends and splits for most markets (NSE .NS, BSE .BO, US, Europe). Updates every symbol in the database; import a universe first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stooq's daily CSV download (already back-adjusted) for US, UK, German, Japanese and other listings; no NSE/BSE data. Updates every symbol in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every *.csv and *.txt file in the folder, in any common layout; no internet needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The generated demo market; no internet needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet: the first successful load sets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network fetch (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::DecileChartView</name>
    <message>
        <source>decile of the prediction (1 = lowest, 10 = highest), out of sample</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::DrawingLayer</name>
    <message>
        <source>%1: click on the chart to place it (Escape cancels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the chart of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour of the drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert at this price (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert at this level (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Magnet to open/high/low/close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all drawings of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy price %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the drawings of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all 60-minute drawings of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Tessera&lt;/h3&gt;&lt;p&gt;The database is empty. How would you like to start?&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline demo market (%1 synthetic stocks, no internet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two years of realistic daily bars generated on this computer in a few seconds. The quickest way to try every view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CSV folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily OHLCV files, one per symbol or one long file (Yahoo, Stooq, NSE/Upstox layouts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIFTY 50 (NSE) from Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports the 50 symbols with names and sectors, then loads their daily bars from Yahoo Finance (needs an internet connection; about a minute).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIFTY 500 (NSE) from Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same for the 500 symbols of the NIFTY 500 (a few minutes; cancel any time, a later load resumes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;&amp;P 500 from Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same for the S&amp;P 500 constituents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Not now” starts empty: every source is in the File and Tools menus.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::GeneralSettingsPage</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty means the default location. A change takes effect after a restart; this session uses %1. The --db option overrides it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies at once. Log files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ImportTickersDialog</name>
    <message>
        <source>Import tickers file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As a universe named:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As a tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. shariah</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A universe is a named list you can pick above the table; re-importing it reports added and removed symbols. A tag marks symbols (e.g. a Shariah-compliant list) for filtering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::IndicatorsDialog</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the chart's indicators by the template's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart's indicators as a named template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New charts (and a reset) start with the chart's current indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::LiveTradingSwitch</name>
    <message>
        <source>&amp;Live trading enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let orders for a connected Kite or Fyers account go to the broker (each still asks for its own confirmation). Off: only the paper account trades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on live trading?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Orders for a connected broker account will go to the broker, with real money.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each live order still shows a confirmation naming the broker, the account, the order and its estimated cost before anything is sent. The paper account is unaffected. Turn live trading off here at any time; open orders at the broker stay open until you cancel them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on live trading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::LoadTaskDialog</name>
    <message>
        <source>Load / update data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configured provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configured provider (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet: it becomes the provider of the first successful load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates every symbol it offers; bars already stored are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily bars, dividends and splits over the internet for every symbol in the database (NSE, BSE, US, Europe); only new days after the first fetch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stooq</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back-adjusted daily bars over the internet for US, UK, German, Japanese and other listings; no NSE/BSE data. Servers and request rates are in Settings ▸ Data source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline demo market (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n generated stock(s) with realistic daily bars; no internet needed.</source>
        <translation>
            <numerusform>%n generated stock with realistic daily bars; no internet needed.</numerusform>
            <numerusform>%n generated stocks with realistic daily bars; no internet needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of daily OHLCV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the offline demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update data from Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update data from Stooq</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load CSV folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where should the bars come from?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binance (crypto pairs)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every stored crypto pair (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n pair)</numerusform>
            <numerusform>%1 (%n pairs)</numerusform>
        </translation>
    </message>
    <message>
        <source>No crypto universe yet: import Top crypto (USDT) first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly bars (1h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily bars (1d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klines from Binance's public API (no key): the pairs' whole history first, then only the hours since the last stored one. Server and request rates are in Settings ▸ Data source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored crypto pairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load daily bars from Binance (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load hourly bars from Binance (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the pairs first: import a crypto universe (Top crypto (USDT) is bundled).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::LogPanel</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide quieter lines. How much is logged at all is the log level in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging goes to the terminal only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::MainWindow</name>
    <message>
        <source>Tessera — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search symbol, name or sector (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one universe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the symbols with a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;tickers file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A text file with one ticker per line, stored as a universe or a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;universe CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV with Symbol, Name, Sector, Industry columns (NSE and S&amp;P lists work)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;CSV folder…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthetic daily bars for a demo market; no internet needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the database:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is empty.
Use File ▸ Load offline demo or File ▸ Import CSV folder… to get started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load the bars of %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the offline demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import tickers file</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking for interrupted runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the symbols whose stored analysis has this verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel running task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sc&amp;heduler…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tessera is still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the window keeps Tessera in the system tray so scheduled runs happen. Quit from the tray menu or with File ▸ Quit; Settings ▸ Startup changes this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-forward validation, model parameters and the production-ready gate used by the next training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resuming run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrying the failed symbols of run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" starts when "%2" has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed symbols and their reasons are under Show Details and in the run's details in the operations view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the CSV exports are written, and how long the daily files are kept there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy system information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System information copied: paste it into a bug report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run pipeline for this symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train models for this symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training models for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy ticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all columns in their first order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIFTY 50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIFTY 500</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;P 500</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing the %1 list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1 daily bars from Yahoo Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiles, slippage sizes and the verdict's formula, weights and thresholds: a change makes the next pipeline run recompute every symbol. The JSON folder only says where the documents go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watchlists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price alert: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put a picture of the chart on the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maximise the window, close the docks and give the chart's panes their default heights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen %1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chec&amp;k crypto universes on Binance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking crypto universes on Binance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report the USDT pairs newly trading and the members no longer trading; changes nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh crypto universes from Binance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshing crypto universes from Binance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the USDT pairs newly trading to each crypto universe and drop the delisted ones (their stored bars are kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1: %2 (Tools ▸ Scheduler).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Shift+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place an order in the paper account (or a connected broker account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backtests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay a screen or strategy over the stored history against the equal-weight universe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brokers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect a broker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading is on: orders for a broker account go to the broker after their confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading is off: only the paper account trades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync broker accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing the broker accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No broker account is logged in: Brokers ▸ Connect a broker… first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::MetricHistogramView</name>
    <message>
        <source>%1 — bins of %2 from the value shown; outer bins include the tails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ModelsPanel</name>
    <message>
        <source>Filter symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All algorithms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All horizons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production ready only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate minus baseline (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample R²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MSE below the better baseline (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No models yet — Tools ▸ Run ▸ Train models… trains them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 models of %2 symbols trained · %3 production ready (%4 symbols)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — no model beats the naive baselines out of sample by the required margin</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n model(s)</source>
        <translation>
            <numerusform>%1 — %n model</numerusform>
            <numerusform>%1 — %n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple testing: if no model had any skill, about %1 of these %2 would still pass the IC test by chance (%3 each)%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: the %1 ready ones are no more than chance would give</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ModelsTableModel</name>
    <message>
        <source>version %1; data %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample Spearman IC of forecasts and realised returns; a constant forecast has 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample directional hit rate (not an accuracy of the return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate of the training-mean baseline on the same rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The better naive baseline (zero return or training mean) on the same rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usable rows of the final fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naive hit rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naive R²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naive MAE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast horizon in trading days (sessions): 1D = next session, 5D = a week, 21D = about a month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::MonteCarloTile</name>
    <message>
        <source>order size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MC median, p05–p95</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deterministic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1, %2 simulations
p05 %3  median %4  p95 %5 bps
mean %6 ± %7 bps
Deterministic %8 bps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monte Carlo slippage in bps · %1 runs per size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::MovingAveragesTile</name>
    <message>
        <source> · MA20 above MA50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · MA20 below MA50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving averages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MA5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MA20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MA50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Close %2
MA5 %3
MA20 %4
MA50 %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::OperationsPanel</name>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No task is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the symbols in progress; what is stored stays stored and the run can be resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters, steps and the failed symbols with their reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new run over only the failed symbols, from the step that failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue a cancelled or interrupted run; finished symbols are not redone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) stopped when Tessera or the computer last quit unexpectedly (run %1). Resume continues where they stopped; nothing finished is redone.</source>
        <translation>
            <numerusform>%n run stopped when Tessera or the computer last quit unexpectedly (run %1). Resume continues where they stopped; nothing finished is redone.</numerusform>
            <numerusform>%n runs stopped when Tessera or the computer last quit unexpectedly (run %1). Resume continues where they stopped; nothing finished is redone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more job(s) waiting.</source>
        <translation>
            <numerusform>%n more job waiting.</numerusform>
            <numerusform>%n more jobs waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (scheduled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling after the symbols in progress… %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimated at start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no estimate yet (first run of its kind)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>elapsed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::OrderBookTile</name>
    <message>
        <source>Order book depth · SYNTHETIC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order book depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cum. shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cum. shares (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid %1 · spread %2 bps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 level %2 (synthetic)
Price %3
Size %4
Cumulative %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::OrderTicketDialog</name>
    <message>
        <source>New order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticker, e.g. RELIANCE.NS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop-limit (SL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop-market (SL-M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery (CNC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intraday (MIS), squared off at the close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach exits (OCO): sell at the target or at the stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the order to see its estimated cost and charges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (live, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt; (%4, %5) in &lt;b&gt;%6&lt;/b&gt;&lt;br&gt;at about %7 (close of %8): value %9 %10&lt;br&gt;Slippage ≈ %11 · charges %12 (brokerage %13, STT %14, exchange %15, SEBI %16, GST %17, stamp %18)&lt;br&gt;&lt;b&gt;%19: %20 %10&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proceeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;Cash available: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — &lt;b&gt;not enough: the paper account will reject it&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;Exits after the fill: target %1, stop %2 (one cancels the other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Not placed:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Rejected:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Order %1 is %2.&lt;/b&gt; Paper orders fill from the next stored bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Live trading is off&lt;/b&gt;, so nothing can go to %1. Turn it on with &lt;b&gt;Brokers ▸ Live trading enabled&lt;/b&gt; (or: tessera-cli settings set broker/liveTrading on), then review again. The paper account needs no switch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live trading is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders for %1 need live trading: turn it on with Brokers ▸ Live trading enabled, then review again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;A &lt;b&gt;live order&lt;/b&gt; at %1: placing it asks for a confirmation naming the broker and the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place live order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Order %1 is %2&lt;/b&gt; at the broker (its order %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ParameterSettingsPage</name>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every value's default; Apply or OK saves them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed: %1. Default: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: fix %1 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value is needed. Allowed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not allowed here. Allowed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::PicksPanel</name>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the four strategies on the stored data of the newest day and store their picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P/E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against the previous snapshot: new, rank moved up ▲ or down ▼, or dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selection score: the weighted percentile rank of the strategy's ranking fields, 0 to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BUY: score ≥ 0.6, verdict not DOWN, ML score ≥ 0.5 and risk ≤ 0.6 where known; AVOID: ML risk &gt; 0.8, a strong DOWN verdict or a validated ML score &lt; 0.3; else WATCH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ML price target when its model is validated, else close + 2 × ATR 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close − 2 × ATR 14</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional ML score; * marks an unvalidated model (for reference only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored daily by the picks task (Tools ▸ Run, the schedule, tessera-cli picks). Targets and calls follow documented rules; they are not forecasts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the picks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No picks stored yet for this strategy: press Compute now, or run the picks task (it runs each night after the data update).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picked on %1 at rank %2, not any more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 picks of %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — against %1: %2 new, %3 dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>. * ML score from an unvalidated model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy top N…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper-trade the shown picks: buy the top N with a position size rule and bracket exits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::PortfolioChartLayer</name>
    <message>
        <source>Buy %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy limit at %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::PortfolioView</name>
    <message>
        <source>Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the open order selected in the Orders tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step one day ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay: process the next trading day's bars and buy that day's picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the shown holdings, orders, trades or cash ledger as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holdings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper orders fill from stored daily bars: market at the next open, limits and stops when the bar's range crosses their price (a gap fills at the open), with modelled slippage and the market's charges (README: Portfolio &amp; paper trading).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the portfolio: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broker %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Equity %1 %2&lt;/b&gt; · cash %3 · unrealised %4 · realised %5 · charges %6 · dividends %7%8%9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · simulated day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · since start %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equity (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the journal, valued at each day's stored close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an open order in the Orders tab to cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equity: %1 — no history yet (one point per day the account is valued)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::PredictionsPanel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicted move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IC (vs 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate vs baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R² vs baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MAE vs baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample Spearman rank correlation of forecasts and realised returns; a constant forecast scores 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of out-of-sample rows with the right direction, beside the training-mean baseline's (not an accuracy of the return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out-of-sample R², beside the better naive baseline (zero return or training mean)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean absolute error of the log return, beside the better naive baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-forward out-of-sample metrics. A model is production ready only when it beats the naive baselines by the configured margin; the consensus weighs models by their out-of-sample IC. Confidence is that skill, not a probability of being right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a symbol to see its predictions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the predictions of %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No models yet for %1 — Tools ▸ Run ▸ Train models… trains them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forecasts from the close of %1, made %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predictions %1: retrain or update the models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cached predictions: retrain the models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consensus · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confidence %1 (out-of-sample IC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least one contributing model passed the production-ready gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model of this horizon beats the naive baselines out of sample; the consensus is shown for information only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cached prediction: the model's feature schema is out of date; retrain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t statistic %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>version %1, %n training row(s)</source>
        <translation>
            <numerusform>version %1, %n training row</numerusform>
            <numerusform>version %1, %n training rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; valid until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no validated forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unvalidated: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cross-section · of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pooled cross-sectional model ranks this symbol among the %1 symbols it scored on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percentile of the predicted 10-day return among the symbols the model scored (0 = lowest, 1 = highest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target → %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unvalidated: target %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk %1 (lower = safer%2) · drawdown %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, unvalidated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confidence %1 (ranking strength)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clamp(t / (2 × gate), 0, 1) × |2 × score − 1|: zero without out-of-sample skill or for a middling score; not a probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired (as of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unvalidated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cross-sectional price model's out-of-sample rank-IC t passed the gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cross-sectional price model's out-of-sample rank IC is not significant: the score is shown for information only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::RankIcChartView</name>
    <message>
        <source>daily rank IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>21-day mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zero (no skill)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank IC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ReturnsHistogramTile</name>
    <message>
        <source>Daily returns · μ %1 %  σ %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % to %2 %
%3 days (normal fit %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::RunDetailsDialog</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed symbols:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new run over only the failed symbols, from the step that failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue this run: symbols already done are not redone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Run %1 · %2&lt;/b&gt; — &lt;span style="color:%3"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in total · %2 done · %3 failed · %4 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated at start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no estimate (no earlier run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (of run %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(defaults)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed symbols (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::RunHistoryModel</name>
    <message>
        <source>Run %1 · %2 · started by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry of run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated at start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ScheduleEntryDialog</name>
    <message>
        <source>Add schedule entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit schedule entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nightly data update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every N hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only on &amp;market days (not weekends or exchange holidays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Catch up once when a run was missed (computer asleep or Tessera closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::SchedulerDialog</name>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every %n h from %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> · market days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A missed run is caught up once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A missed run is skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;The scheduler is paused.&lt;/b&gt; Nothing runs on its own until it is resumed; the runs that pass meanwhile are skipped, not caught up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next run: &lt;b&gt;%1&lt;/b&gt; %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entry is enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove schedule entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove "%1" (%2)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Infer holidays from stored bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds to the calendar every weekday on which none of the stored symbols has a bar while at least %1 of them were listed: the exchange was closed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Market days and the pipeline's quality grades follow calendar “%1”: %n holiday(s)</source>
        <translation>
            <numerusform>Market days and the pipeline's quality grades follow calendar “%1”: %n holiday</numerusform>
            <numerusform>Market days and the pipeline's quality grades follow calendar “%1”: %n holidays</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inferring holidays from the stored bars…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not infer holidays: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n closed weekday(s) found in the bars of %1 symbols.</source>
        <translation>
            <numerusform>%n closed weekday found in the bars of %1 symbols.</numerusform>
            <numerusform>%n closed weekdays found in the bars of %1 symbols.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;crypto defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For each crypto universe: fetch new hourly bars from Binance and update the hourly models every 6 h from 00:00 UTC, and retrain them in full every Sunday at 03:00 UTC (seed 001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times are this computer's local time (%1) unless an entry names its zone (UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No crypto universe yet: import Top crypto (USDT) (File ▸ Import universe), then add its crypto entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every crypto universe has had its entries (a removed one is not added again; use Add… to make one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ScoreboardPanel</name>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-stock models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cumulative excess, %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls made in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 3 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every number of the table to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean excess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median excess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t (excess)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hit rate vs base (95 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of calls the stock then moved the called way (UP: rose; DOWN: fell; NEUTRAL: moved less than the neutral band). Not an accuracy: compare it with the base rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of all stocks of the market moving that way over the same days: what calling every stock would have scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stock's return minus the equal-weight mean of its market over the same days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t-statistic of the mean excess, one observation per day, overlapping horizons counted once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each call is scored once its horizon has passed (verdicts 5 trading days, picks 20, models and scores their own) on adjusted closes; the 95 % interval treats calls as independent, but calls of one day move together. Picks: a bar touching both target and stop counts as the stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring and reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the scoreboard: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 scored calls in %2 groups; %3 waiting for their horizon%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 scored just now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scored calls yet. Calls are kept from every pipeline run, training and picks run, and scored once their horizon has passed; `tessera-cli calls backfill --verdicts` computes past verdicts to score now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily rank IC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative excess return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily rank IC: %1 (mean %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumulative excess return: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::ScreensPanel</name>
    <message>
        <source>Screen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Or group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alternative set of conditions: a symbol passes when all of one group hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expression:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields ranked by their per-day percentile among the selection; - ranks low values first; 2* doubles a field's weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch (alert when symbols enter or leave)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the screens: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategy filters (settings): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or all of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number, field, 'text', a and b, a, b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expression: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This expression uses not or nested parentheses: edit it as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 symbols passed on %3%4 (read %5 ms, evaluated %6 ms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, showing the first %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen '%1' saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save screen as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the screen '%1'?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::SlippageTile</name>
    <message>
        <source>participation of ADV (log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participation %1 % of ADV
Notional %2
Cost %3 bps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1 (%2 % of ADV)
Half spread %3 bps + impact %4 bps
= %5 bps (%6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slippage · cost in bps vs participation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::StartFooter</name>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::StartupSettingsPage</name>
    <message>
        <source>Start Tessera when I log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds %1, so the scheduler runs without opening the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the window keeps Tessera running in the system tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled runs keep going while the window is closed; quit from the tray menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system tray was found on this desktop, so closing the window quits Tessera and scheduled runs wait until it is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::StatusPanel</name>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not collected yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check database integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PRAGMA quick_check on the next refresh; takes seconds on a large database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freshness and resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All checks pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style="color:%1"&gt;%2&lt;/span&gt;&lt;/b&gt; · collected %3 in %4 · schema v%5%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · integrity checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected last bar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 fresh (%3 up to date) · %4 stale · %5 without bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last bars:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last fetch failed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most behind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (WAL %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 s in total · %3 core(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (peak %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::SymbolCallsPanel</name>
    <message>
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 first</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a symbol to see its past calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 past calls, %3 scored, %4 hits (compare with the Scoreboard's base rates: a hit count alone says little).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::SymbolDashboard</name>
    <message>
        <source>Amihud illiquidity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kyle's λ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fragmentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume z-score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volatility (20 d, daily)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinated flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return (1 d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High–low range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a symbol to see its analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the analysis of %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No analysis of %1 yet — run Tools ▸ Run ▸ Pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict withheld: the analysis failed validation.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• no reason recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data quality %1: no problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data quality %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bars analysed; the tiles cover the last %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % per bn traded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Fundamentals&lt;/b&gt;&lt;br&gt;None stored: tessera-cli fundamentals import FILE (README "Fundamentals").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Fundamentals&lt;/b&gt; as of %1 (%2)&lt;br&gt;%3&lt;table&gt;%4&lt;/table&gt;%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;small&gt;* derived by Tessera from the other fields; — missing&lt;/small&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;small&gt;— missing&lt;/small&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::TaskProgressPanel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the symbols in progress; what is stored stays stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::TasksSettingsPage</name>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many symbols a task works on at once. Applies to the next run; tessera-cli takes --max-workers instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::TileView</name>
    <message>
        <source>Double-click to enlarge.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::TopPredictionsPanel</name>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the hourly prediction cache (train --resolution hourly fills it): the consensus of each symbol's models, ranked by the size of the move. Validated: at least one model passed the production-ready gate out of sample. IC and hit rate are walk-forward records, not probabilities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the prediction cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hourly predictions cached yet: load hourly bars (Binance or hourly CSV files) and train hourly models (tessera-cli train --resolution hourly).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest predicted moves over the next %1 h.%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> %1 expired prediction(s) left out: retrain, or tick Include expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Validated&lt;/b&gt; — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Unvalidated&lt;/b&gt; (no model passed the gate; for reference only) — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: the prediction was valid until %1 UTC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::TrainDialog</name>
    <message>
        <source>Train models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every symbol with bars (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Universe:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected symbol: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 selected symbols: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickers file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One ticker per line, # comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full retrain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every selected model is trained anew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incremental update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only symbols with bars newer than their models: ridge is refit, random forest and gradient boosting are retrained only when older than the maximum age; predictions are always refreshed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incremental: symbols with new bars only; ridge is refit, the others are retrained when older than the maximum age.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast horizons in trading days, comma-separated: 1 = next day, 5 = a week (7 calendar days), 21 = a month (30 calendar days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizons (trading days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbols trained at once; each gets a share of the cores for its library threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max concurrent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every symbol</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n symbol</numerusform>
            <numerusform>%n symbols</numerusform>
        </translation>
    </message>
    <message>
        <source>Update models (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train models (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizons: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a tickers file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lists no tickers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol of this selection has stored bars: load data first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol has stored bars: load data first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickers file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticker lists (*.txt *.csv *.lst);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 of %2 have bars; the others are left out)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n model(s) per symbol</source>
        <translation>
            <numerusform>%n model per symbol</numerusform>
            <numerusform>%n models per symbol</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily bars (horizons in trading days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly bars (horizons in hours; crypto, seed 001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly models train on the stored hourly bars, on the last train/hourly/fullWindowDays days, and cache their predictions for the Top predictions view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizons (hours):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast horizons in hours, comma-separated: 1 = the next hour, 6 = the next incremental update, 24 = a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update hourly models (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train hourly models (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol of this selection has stored hourly bars: load them first (Load / update data ▸ Binance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symbol has stored hourly bars: load them first (Load / update data ▸ Binance).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every symbol with hourly bars (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Tessera::Ui::TrayController</name>
    <message>
        <source>Hide window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next run: %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finished with failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1 (%2%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduler paused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::UniverseTableModel</name>
    <message>
        <source>Industry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bars from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bars stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last load failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chg %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last fetch failed at %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last successful fetch: %1
Last attempt: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never fetched successfully
Last attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data quality %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data quality %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction of the stored analysis (WITHHELD when it failed validation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-quality grade A–D of the analysed bars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the symbol was last fetched successfully (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the symbol's last fetch failed; empty when it succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
As of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict score on its -1…+1 scale, signed: not a probability and not an expected move. By default (formula directional) momentum and flow set its sign and liquidity and cost can only strengthen it; hover a row for its formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unvalidated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No market-cap category: no market cap, or no rule for this market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 as of %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (derived by Tessera from the market cap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 as of %2 (%3)%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Derived by Tessera from the other fields (README "Fundamentals")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional model as of %1 (expires %2%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML score %1: percentile of the predicted 10-day return among the day's symbols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price target %1 = close %2 × (1 %3 %4 %): the out-of-sample mean return of its decile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence %1 (ranking strength from out-of-sample skill, not a probability)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1: percentile of the predicted 10-day drawdown (%2 %), lower = safer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price model unvalidated: its out-of-sample rank-IC t-statistic is below the gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk model unvalidated: its out-of-sample rank-IC t-statistic is below the gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P/E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P/B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROE %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mkt cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ML risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price / earnings per share, from the latest fundamentals (italic: derived by Tessera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price / book value per share (italic: derived by Tessera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return on equity, in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market capitalisation in the listing's currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market-cap category: NSE by SEBI rank (large 1–100, mid 101–250, small), US by dollar bands (mega ≥ 200 bn, large ≥ 10 bn, mid ≥ 2 bn, small ≥ 300 m, micro)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional ML score 0–1: percentile of the predicted 10-day return; "unvalidated" when the model failed its out-of-sample gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional price target: close × (1 + predicted 10-day return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-sectional risk 0–1: percentile of the predicted 10-day drawdown, lower = safer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 @ %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity held over the portfolio's accounts (paper and brokers); hover for each account's position and average price</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::VerdictCard</name>
    <message>
        <source>Momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liquidity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum (45%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 (verdict withheld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 × weight %3 = %4 of the score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 (−1…+1) = d·(1 + %2·t)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 (−1…+1) = Σ weight × component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 × weight %3 = %4 of the direction part d = %5, which alone sets the sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 × share %3 = %4 of the tradability t = %5 (never below 0), which can only strengthen the score: × (1 + %6·t)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::VolumeProfileTile</name>
    <message>
        <source>Volume profile · POC %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume profile · OUT OF RANGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The point of control %1 lies outside the chart's price range %2 – %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2
Volume %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Point of control %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Inside the value area %1 – %2 (%3 % of the volume)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistStore</name>
    <message>
        <source>Reading the watchlists failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watchlist "%1" created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 symbol added to "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 symbols added to "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 removed from "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watchlist "%1" deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watchlist "%1" renamed to "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing imported from %1: not stored symbols: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tickers read from %2, %3 added to "%4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tickers of "%2" written to %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistSwitcher</name>
    <message>
        <source>Watchlist to switch through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this symbol's chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous symbol of the watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next symbol of the watchlist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tessera::Ui::WatchlistsPanel</name>
    <message>
        <source>The watchlist shown below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New watchlist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⋯</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename, delete, import, export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import tickers file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export tickers file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only this list's symbols in the universe table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No watchlists yet: press + or right-click a symbol ▸ Add to watchlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag symbols here from the table, or right-click one ▸ Add to watchlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑/↓ switch the chart · Delete removes · drop symbols to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name of "%1":</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the watchlist "%1"? Its symbols stay in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a tickers file as a watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickers files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the tickers to the watchlist (created if new):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export watchlist "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickers files (*.txt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerdictFormat</name>
    <message>
        <source>WITHHELD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>directional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed (plain sum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score = wM·momentum + wF·flow + wL·liquidity + wC·cost (the weighted sum of all four)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score = d·(1 + k·t), where d = wM·momentum + wF·flow sets the sign, t = max(0, weighted mean of liquidity and cost) and k = (wL + wC)/(wM + wF), 3/7 with the default weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score = %1·momentum + %2·flow + %3·liquidity + %4·cost%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(liquidity + cost)/2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1·liquidity + %2·cost)/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d = %1·momentum + %2·flow%3; t = max(0, %4)%5; score = d·(1 + %6·t)%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict withheld: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the analysis failed validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computed score was %1 on a −1…+1 scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict %1: score %2 on a −1…+1 scale (UP above %3, DOWN below %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The score is not a probability and not an expected move; its size, |score| = %1, is the signal's strength.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Components (each −1…+1): momentum %1, flow %2, liquidity %3, cost %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum and flow set the direction; liquidity and cost can only strengthen it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liquidity and cost add to the score whatever the market did, so liquid, cheap stocks lean UP.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: what to show: %1 (default main).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: start a load over PROVIDER (csv:DIR, synthetic) and take the picture while it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the analyses in DIR (the JSON files of pipeline --json-out) instead of the stored ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: select this symbol first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start in the system tray without showing the window (when there is a tray).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker threads of task runs in this session (default: settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours for this session: system, light or dark (default: Settings ▸ Appearance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rising/falling colours for this session: green-up, red-up or blue-orange (default: Settings ▸ Appearance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: candles, bars (OHLC), line, area or heikin-ashi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: price scale: linear, log or percent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the chart's indicators, e.g. "sma:50,bb:20:2,rsi:14,macd:12:26:9" (keys and parameters: README); "" for none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: overlay these symbols on the chart (A,B).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: add a relative-strength pane against T.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: 1, 2 or 4 charts; --grid-symbols names the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot and --charts: the other charts' symbols (A,B,C).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: visible range: 1m, 3m, 6m, 1y, 5y or all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: chart bars: daily, weekly, monthly or 60m (stored hourly bars).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: show the chart grid as the last session left it (charts, link, the other charts' symbols and timeframes); nothing is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the portfolio view's account (default Paper).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>