package org.dockci.retention;

/** The retention plan of one image of the registry ({@code dockci/x3-webdav}) and the bytes its deletes would free. */
public record ImagePlan(String repository, RetentionPlan plan, long bytesFreed) {
}
