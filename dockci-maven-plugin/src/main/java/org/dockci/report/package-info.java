/**
 * The run report: one page ({@code target/dockci/report.html}) and one merge-request note ({@code report.md})
 * saying what a build changed, built, tested and pushed, written from what each container module recorded in its
 * {@code target/dockci/} (metadata, lint findings, the goals run and their times, the image, failsafe's XML, the
 * package diff). Plain Java: the mojo layer records and calls, this package reads and writes.
 */
package org.dockci.report;
