/**
 * How {@code dockci:lint} tells its findings: the console lines ({@code tty}, and hadolint's own), and the report
 * files of the other formats (hadolint's JSON, SARIF 2.1.0, GitLab Code Quality, checkstyle, JUnit), each a
 * {@link org.dockci.lint.format.LintFormat} with its file in {@code target/dockci}; and the joining of the modules'
 * files into one for the whole build ({@link org.dockci.lint.format.ReactorReports}). Plain Java over the
 * {@link org.dockci.lint.LintedFile}s of a run; what reports need beyond the findings (paths from the repository's
 * top, the text of a line) comes from {@link org.dockci.lint.format.SourceFiles}.
 */
package org.dockci.lint.format;
