#pragma once

#include <functional>
#include <memory>

#include "core/broker/BrokerClient.h"
#include "core/broker/SecretStore.h"

namespace Tessera::Broker {

/** Where the gateways read keys and sessions: the system keychain in the product, memory in tests. */
using SecretStoreProvider = std::function<std::shared_ptr<SecretStore>()>;

/** The system keychain (systemSecretStore), one per gateway. */
SecretStoreProvider systemSecretStoreProvider();

/**
 * Registers the Kite and Fyers gateway factories with Portfolio::GatewayRegistry, so that an order for a
 * broker account (`order place --account "Kite AB1234"`, the order ticket) goes to that broker. Each gateway
 * is a LiveOrderGateway owning a client logged in with the stored session: the live-trading switch is read
 * from the placing call's database, and the call's confirmer must confirm each order. A session of another
 * account than the portfolio account's, or none, is refused with how to log in. Call once at start (the
 * CLI's order command, the GUI's main); registering again replaces the factories.
 */
void registerLiveGateways(const ClientOptions& options, SecretStoreProvider secrets);
/** Removes the factories (tests). */
void unregisterLiveGateways();

} // namespace Tessera::Broker
