package dev.callout.application.analytics;

/**
 * Accounts in a period: the customers who posted a job in it, the providers who hold a job posted
 * in it (accepted, and not withdrawn from), and the customer and provider accounts registered in it.
 */
public record UserFigures(long activeCustomers, long activeWorkers, long newRegistrations) {

    public UserFigures {
        if (activeCustomers < 0 || activeWorkers < 0 || newRegistrations < 0) {
            throw new IllegalArgumentException("user figures are counts");
        }
    }
}
