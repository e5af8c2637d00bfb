package se.samverkan.agreement;

/** A stored file as it is handed out: the cleaned name, the type detected at upload, and the bytes. */
public record AttachmentDownload(String filename, String contentType, byte[] content) {
}
