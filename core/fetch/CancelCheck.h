#pragma once

#include <functional>

namespace Tessera::Fetch {

/**
 * Asked by code that waits (for a network answer) at least every 50 ms: true means the task was
 * cancelled and the wait should end now. An empty check never cancels.
 */
using CancelCheck = std::function<bool()>;

} // namespace Tessera::Fetch
