package dev.callout.domain.user;

/**
 * What a user tells about themselves beyond their name: a short bio, an address on one line, and
 * the uploaded file (purpose profile, their own) that is their picture. Each is null when not given.
 */
public record Profile(String bio, String addressText, String imageFileId) {

    public static final int MAX_BIO_LENGTH = 1000;
    public static final int MAX_ADDRESS_LENGTH = 500;

    public static final Profile EMPTY = new Profile(null, null, null);

    public Profile {
        if (bio != null && (bio.isBlank() || bio.length() > MAX_BIO_LENGTH)) {
            throw new IllegalArgumentException("a bio has 1 to " + MAX_BIO_LENGTH + " characters");
        }
        if (addressText != null && (addressText.isBlank() || addressText.length() > MAX_ADDRESS_LENGTH)) {
            throw new IllegalArgumentException("an address has 1 to " + MAX_ADDRESS_LENGTH + " characters");
        }
        if (imageFileId != null && imageFileId.isBlank()) {
            throw new IllegalArgumentException("a profile image is a file id");
        }
    }

    public Profile withImageFileId(String newImage) {
        return new Profile(bio, addressText, newImage);
    }
}
