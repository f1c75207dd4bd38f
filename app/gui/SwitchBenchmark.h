#pragma once

namespace Tessera::Ui {
class MainWindow;
}

namespace Tessera::App {

/**
 * W6's symbol-switch time (../shared/BENCHMARKS.md): once the window shows its data, selects up to
 * `count` symbols that have a stored analysis one after another, each from the table selection to
 * the dashboard drawn (analysis read and parsed on the read pool, nine tiles and the verdict card
 * rebuilt, the window repainted), prints one line with the median, p95 and max and exits (0; 1 when
 * no symbol has an analysis).
 */
void armSwitchBenchmark(Ui::MainWindow* window, int count);

} // namespace Tessera::App
