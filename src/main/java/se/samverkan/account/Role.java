package se.samverkan.account;

public enum Role {
    ADMIN,
    COORDINATOR,
    STEERING_GROUP,
    READER
}
