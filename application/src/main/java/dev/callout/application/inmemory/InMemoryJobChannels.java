package dev.callout.application.inmemory;

import dev.callout.application.port.JobChannels;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Channel entries in a map, each change made under one lock: one process is one node. */
public final class InMemoryJobChannels implements JobChannels {

    private record Key(String socketId, JobId jobId) {
    }

    private final Map<Key, Member> members = new LinkedHashMap<>();

    @Override
    public synchronized boolean join(Member member) {
        Key key = new Key(member.socketId(), member.jobId());
        if (members.containsKey(key)) {
            return false;
        }
        boolean first = !isPresent(member.jobId(), member.userId());
        members.put(key, member);
        return first;
    }

    @Override
    public synchronized boolean leave(String socketId, JobId jobId) {
        Member gone = members.remove(new Key(socketId, jobId));
        return gone != null && !isPresent(jobId, gone.userId());
    }

    @Override
    public synchronized List<JobId> leaveAll(String socketId) {
        List<JobId> left = new ArrayList<>();
        for (Member member : List.copyOf(members.values())) {
            if (member.socketId().equals(socketId) && leave(socketId, member.jobId())) {
                left.add(member.jobId());
            }
        }
        return left;
    }

    @Override
    public synchronized Set<UserId> present(JobId jobId) {
        Set<UserId> users = new LinkedHashSet<>();
        members.values().stream().filter(member -> member.jobId().equals(jobId)).forEach(member -> users.add(member.userId()));
        return users;
    }

    @Override
    public synchronized List<Departure> renew(String nodeId, Instant until, Instant now) {
        members.replaceAll((key, member) -> member.nodeId().equals(nodeId)
                ? new Member(member.socketId(), member.userId(), member.jobId(), member.nodeId(), until) : member);
        Set<Departure> lapsed = new LinkedHashSet<>();
        members.values().removeIf(member -> {
            boolean gone = !member.leasedUntil().isAfter(now);
            if (gone) {
                lapsed.add(new Departure(member.jobId(), member.userId()));
            }
            return gone;
        });
        return lapsed.stream().filter(departure -> !isPresent(departure.jobId(), departure.userId())).toList();
    }

    private boolean isPresent(JobId jobId, UserId userId) {
        return members.values().stream().anyMatch(member -> member.jobId().equals(jobId) && member.userId().equals(userId));
    }
}
