package se.samverkan.agreement;

public enum AttachmentKind {
    SIGNED_AGREEMENT,
    ACTION_PLAN,
    COMMUNICATION_PLAN,
    OTHER
}
