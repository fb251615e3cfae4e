package dev.callout.rest.file;

import dev.callout.application.file.UploadFileUseCase.Upload;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** A whole multipart form read into memory: its text fields and its files (bounded by the server's multipart limits). */
public record MultipartForm(Map<String, String> fields, Map<String, List<Upload>> files) {

    public static MultipartForm read(MultipartBody body) {
        CompletableFuture<MultipartForm> done = new CompletableFuture<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Upload>> files = new LinkedHashMap<>();
        body.subscribe(new Subscriber<>() {
            private Subscription subscription;

            @Override
            public void onSubscribe(Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(CompletedPart part) {
                try {
                    if (part instanceof CompletedFileUpload file) {
                        files.computeIfAbsent(part.getName(), name -> new ArrayList<>())
                                .add(new Upload(file.getFilename(), file.getBytes()));
                    } else {
                        fields.put(part.getName(), new String(part.getBytes(), StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    done.completeExceptionally(e);
                }
                subscription.request(1);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(new MultipartForm(fields, files));
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ApiError(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "the multipart form could not be read");
        }
    }

    public List<Upload> files(String name) {
        return files.getOrDefault(name, List.of());
    }
}
