package dev.callout.benchmarks;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** The SQL jOOQ runs, with its values inlined, so it can be explained as it ran. */
final class CapturedSql implements ExecuteListener {

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile Thread recording;

    /** Listens to every statement of the context's jOOQ; call before the context starts. */
    void listenTo(ApplicationContext context) {
        context.registerSingleton(ExecuteListenerProvider.class, new DefaultExecuteListenerProvider(this),
                Qualifiers.byName("default"));
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (Thread.currentThread() == recording && context.query() != null) {
            queries.add(DSL.using(SQLDialect.POSTGRES).renderInlined(context.query()));
        }
    }

    /** The queries {@code work} runs on this thread (not the relay's; the timed runs render nothing). */
    synchronized List<String> queriesOf(Runnable work) {
        queries.clear();
        recording = Thread.currentThread();
        try {
            work.run();
        } finally {
            recording = null;
        }
        return List.copyOf(queries);
    }

    /** Prints the query and its {@code EXPLAIN (ANALYZE, BUFFERS)}, as it runs it once more. */
    static void explain(Statement sql, String query) throws SQLException {
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) " + query);
        try (ResultSet plan = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
            while (plan.next()) {
                System.out.println("  " + plan.getString(1));
            }
        }
    }
}
