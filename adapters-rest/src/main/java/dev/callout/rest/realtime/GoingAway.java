package dev.callout.rest.realtime;

/**
 * Something that holds a node's open sockets. When the node stops, before its HTTP server does (which would drop
 * the connections without a word), {@link #goAway} ends each socket with 1001 ({@link SocketEnding#SERVER_STOPPING})
 * and gives back its places in the per-user cap while the database is still up, and refuses sockets opened after.
 */
public interface GoingAway {

    void goAway();
}
