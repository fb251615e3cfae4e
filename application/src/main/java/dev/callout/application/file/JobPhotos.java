package dev.callout.application.file;

import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import java.util.Comparator;
import java.util.List;

/** The order a job's photos are shown in, wherever they are read. */
public final class JobPhotos {

    private JobPhotos() {
    }

    /** The images the job was posted with in the customer's order; the rest stay as given (a stable sort). */
    public static List<StoredFile> postedFirst(Job job, List<StoredFile> photos) {
        List<String> posted = job.details().imageFileIds();
        if (photos.isEmpty()) {
            return photos;
        }
        return photos.stream().sorted(Comparator.comparingInt(photo -> {
            int position = posted.indexOf(photo.id());
            return position < 0 ? posted.size() : position;
        })).toList();
    }
}
