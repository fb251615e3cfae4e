package dev.callout.rest.realtime;

/** The frames one socket may still send: a second's worth at most, refilled at the per-second rate (a token bucket). */
public final class FrameBudget {

    private final int perSecond;
    private double frames;
    private long refilledAtNanos = System.nanoTime();

    public FrameBudget(int perSecond) {
        this.perSecond = perSecond;
        this.frames = perSecond;
    }

    /** Takes one frame from the budget; false when it is spent. */
    public synchronized boolean take() {
        long now = System.nanoTime();
        frames = Math.min(perSecond, frames + (now - refilledAtNanos) * perSecond / 1e9);
        refilledAtNanos = now;
        if (frames < 1) {
            return false;
        }
        frames -= 1;
        return true;
    }
}
