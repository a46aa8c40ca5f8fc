package io.decklint.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into its addresses; the system's resolver, or a table in tests. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = name -> List.of(InetAddress.getAllByName(name));

    /** Every address of the name (never empty), or an {@link UnknownHostException}. */
    List<InetAddress> resolve(String name) throws UnknownHostException;
}
