#pragma once

#include "core/store/RunRecords.h"

namespace Tessera::Tasks {

// Run records are stored data (core/store/RunRecords.h); tasks and the UI name them as task types.
using Store::isResumable;
using Store::OutcomeStatus;
using Store::outcomeStatusFromString;
using Store::RunRecord;
using Store::RunStatus;
using Store::runStatusFromString;
using Store::StepRecord;
using Store::SymbolOutcomeRecord;
using Store::toString;

} // namespace Tessera::Tasks
