package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.report.Glossary.Term;
import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@link ReportData} as one self-contained HTML file: inline CSS and SVG charts drawn by the
 * library, no script, no font, image or style sheet from anywhere else. A Content Security Policy in the
 * document forbids scripts and every network request, so the file opens offline and, should anything in it
 * ever try, the browser refuses and says so in its console.
 *
 * <p>The report shows, in this order: the headline metrics (each definition on hover and in the glossary;
 * undefined values as "n/a" with the reason), the cohort retention heatmap and revenue curves, the CLV
 * model fit, holdout check, distribution of predicted CLV and top customers, the segment sizes when there
 * are segments, the data provenance and the glossary. A section the data could not support says why.
 *
 * <p>Every string that came from the input (customer ids, breakdown keys such as channels, discount codes,
 * countries and SKUs, file names, segment names, the title) is HTML-escaped, in text and in attributes,
 * including inside SVG; very long values are shortened for display. E-mail addresses inside customer ids
 * are masked unless {@linkplain Builder#revealEmailAddresses revealed}. Numbers are written in
 * {@link Locale#ROOT}. The output is deterministic: the same data gives the same bytes, with no clock or
 * JVM default involved.
 *
 * <pre>{@code
 * HtmlReport.newBuilder().title("Acme Coffee: retention").build().write(data, Path.of("report.html"));
 * }</pre>
 *
 * <p>A report is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  /** The title of a report unless another is set. */
  public static final String DEFAULT_TITLE = "Customer retention report";
  /**
   * The Content Security Policy of every report: inline styles only; no scripts, fonts, images, frames,
   * forms or connections.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  /** Titles longer than this are shortened for display. */
  private static final int MAX_TITLE_CHARS = 200;

  private final String title;
  private final boolean revealEmails;

  private HtmlReport(Builder builder) {
    this.title = builder.title;
    this.revealEmails = builder.revealEmails;
  }

  /**
   * Returns a builder with the default title and masked e-mail addresses.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the report as an HTML document.
   *
   * @param data what the report shows
   * @return the document
   * @throws NullPointerException if {@code data} is null
   */
  public String render(ReportData data) {
    requireNonNull(data, "data");
    Glossary glossary = new Glossary(data);
    List<TocEntry> toc = new ArrayList<>();
    Markup body = new Markup();
    section(body, toc, ReportSection.METRICS, data.metrics(), data.omissions(),
        metrics -> new MetricsView(body, glossary).render(metrics));
    section(body, toc, ReportSection.COHORTS, data.cohorts(), data.omissions(),
        table -> new CohortView(body, glossary).render(table));
    section(body, toc, ReportSection.CLV, data.clv(), data.omissions(),
        clv -> new ClvView(body, glossary, revealEmails).render(clv));
    section(body, toc, ReportSection.SEGMENTS, data.segments(), data.omissions(),
        segments -> new SegmentsView(body, glossary).render(segments));

    toc.add(new TocEntry("provenance", "Data provenance"));
    body.open("section", "id", "provenance").element("h2", "Data provenance");
    new ProvenanceView(body).render(data.provenance());
    body.close("section").newline();

    toc.add(new TocEntry("glossary", "Glossary"));
    body.open("section", "id", "glossary").element("h2", "Glossary");
    body.open("dl", "class", "glossary");
    for (Map.Entry<Term, String> entry : glossary.usedTerms()) {
      body.open("div").element("dt", entry.getKey().title()).element("dd", entry.getValue()).close("div").newline();
    }
    body.close("dl").close("section").newline();

    return document(data.provenance(), toc, body);
  }

  /**
   * Writes the report to {@code out}; the caller closes it.
   *
   * @param data what the report shows
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public void write(ReportData data, Writer out) {
    requireNonNull(out, "out");
    String html = render(data);
    try {
      out.write(html);
    } catch (IOException e) {
      throw new UncheckedIOException("report could not be written", e);
    }
  }

  /**
   * Writes the report to {@code file} in UTF-8, replacing it if it exists.
   *
   * @param data what the report shows
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public void write(ReportData data, Path file) {
    requireNonNull(file, "file");
    String html = render(data);
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report file could not be written: " + file, e);
    }
  }

  /**
   * Returns the report's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns whether e-mail addresses in customer ids are shown in full.
   *
   * @return {@code true} if they are not masked
   */
  public boolean revealsEmailAddresses() {
    return revealEmails;
  }

  /** Renders the body of one section. */
  private interface SectionBody<T> {
    void render(T value);
  }

  /** A link of the table of contents: the section's element id and its heading. */
  private record TocEntry(String id, String title) {}

  private static <T> void section(Markup body, List<TocEntry> toc, ReportSection section, Optional<T> value,
      Map<ReportSection, String> omissions, SectionBody<T> renderer) {
    String reason = omissions.get(section);
    if (value.isEmpty() && reason == null) {
      return;
    }
    String id = section.name().toLowerCase(Locale.ROOT);
    toc.add(new TocEntry(id, section.title()));
    body.open("section", "id", id).element("h2", section.title()).newline();
    if (value.isPresent()) {
      renderer.render(value.get());
    } else {
      Blocks.unavailable(body, section.title().toLowerCase(Locale.ROOT), reason);
    }
    body.close("section").newline();
  }

  private String document(Provenance provenance, List<TocEntry> toc, Markup body) {
    Markup page = new Markup().doctype();
    page.open("html", "lang", "en").newline();
    page.open("head").newline();
    page.leaf("meta", "charset", "utf-8").newline();
    page.leaf("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY).newline();
    page.leaf("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    page.leaf("meta", "name", "generator", "content", "retentionkit " + provenance.libraryVersion()).newline();
    page.element("title", Html.abbreviate(title, MAX_TITLE_CHARS)).newline();
    page.styleSheet(Styles.CSS).newline();
    page.close("head").newline();
    page.open("body").newline();
    page.open("header", "class", "top").open("div", "class", "wrap");
    page.element("h1", Html.abbreviate(title, MAX_TITLE_CHARS));
    page.element("p", subtitle(provenance));
    page.open("nav", "class", "toc", "aria-label", "Sections");
    for (TocEntry entry : toc) {
      page.internalLink(entry.id(), entry.title());
    }
    page.close("nav");
    page.close("div").close("header").newline();
    page.open("main", "class", "wrap").newline();
    page.append(body);
    page.close("main").newline();
    page.open("footer", "class", "wrap");
    page.text("Computed by retentionkit " + provenance.libraryVersion()
        + ". This file is self-contained: it loads nothing from the network and runs no script.");
    page.close("footer").newline();
    page.close("body").newline();
    page.close("html").newline();
    return page.toString();
  }

  private static String subtitle(Provenance provenance) {
    String inputs = provenance.inputs().isEmpty() ? "orders from a Java program"
        : provenance.inputs().size() == 1 ? Html.abbreviate(provenance.inputs().get(0).name(), 80)
        : provenance.inputs().size() + " inputs";
    return String.format(Locale.ROOT, "As of %s · %s · %s · %s", provenance.asOf(), provenance.zone().getId(),
        provenance.currency().getCurrencyCode(), inputs);
  }

  /** Configures an {@link HtmlReport}. Not thread-safe. */
  public static final class Builder {
    private String title = DEFAULT_TITLE;
    private boolean revealEmails;

    private Builder() {}

    /**
     * Sets the report's title, shown at the top and as the document's title.
     *
     * @param value the title; not blank; shown escaped
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public Builder title(String value) {
      requireNonNull(value, "title");
      if (value.isBlank()) {
        throw new IllegalArgumentException("title must not be blank");
      }
      title = value;
      return this;
    }

    /**
     * Sets whether e-mail addresses in customer ids are shown in full; by default they are masked to their
     * first character and domain ({@code email:j…@example.com}), since reports get forwarded.
     *
     * @param value {@code true} to show them in full
     * @return this builder
     */
    public Builder revealEmailAddresses(boolean value) {
      revealEmails = value;
      return this;
    }

    /**
     * Returns the report.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
