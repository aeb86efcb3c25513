package ma.remacto.projects.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import ma.remacto.platform.time.Today;
import ma.remacto.platform.web.Html;
import ma.remacto.projects.domain.Amendment;
import ma.remacto.projects.domain.EvaluationReport.IndicatorLine;
import ma.remacto.projects.domain.EvaluationReport.LateLine;
import ma.remacto.projects.domain.EvaluationReport.ProjectLine;
import ma.remacto.projects.domain.EvaluationReport;
import ma.remacto.projects.domain.Indicator;
import ma.remacto.projects.domain.LocalizedText;
import ma.remacto.projects.domain.Measurement;
import ma.remacto.projects.domain.ProgressRollUp.AxisProgress;

import org.springframework.stereotype.Component;

/**
 * Writes an evaluation report as one standalone HTML document a person prints on A4: no script, no external
 * resource, a page break before each section, table headers repeated on every page, progress drawn as a bar with
 * its number beside it (and in {@code aria-valuenow}). Arabic and French go through the same code; only the texts
 * and conventions of {@link ReportTexts} differ. Every text users typed is HTML-escaped.
 */
@Component
public class EvaluationReportPage {

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm; }
            html { font-family: "Noto Naskh Arabic", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; }
            body { margin: 0; }
            header.report { border-bottom: 2px solid #1d4f91; padding-bottom: 3mm; margin-bottom: 5mm; }
            header.report .member { font-size: 13pt; font-weight: bold; margin: 0; }
            h1 { font-size: 17pt; margin: 2mm 0; color: #1d4f91; }
            h2 { font-size: 13pt; margin: 0 0 3mm; border-bottom: 1px solid #999; padding-bottom: 1mm; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            section { margin-top: 7mm; }
            h2 { break-after: avoid; page-break-after: avoid; }
            table { width: 100%; border-collapse: collapse; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 1px solid #888; padding: 1.2mm 1.8mm; text-align: start; vertical-align: top; }
            th { background: #e8eef7; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            td.num { text-align: end; white-space: nowrap; }
            tfoot td { font-weight: bold; }
            .progress { white-space: nowrap; }
            .bar { display: inline-block; width: 28mm; height: 3.2mm; border: 1px solid #555; vertical-align: middle; }
            .bar > span { display: block; height: 100%; background: #1d4f91;
                print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            .progress .value { display: inline-block; min-width: 14mm; text-align: end; margin-inline-start: 2mm; }
            p.note, p.empty { color: #444; font-style: italic; }
            footer { margin-top: 8mm; border-top: 1px solid #999; padding-top: 2mm; font-size: 9pt; color: #444; }
            """;

    private final ReportTexts texts;
    private final Today today;

    public EvaluationReportPage(ReportTexts texts, Today today) {
        this.texts = texts;
        this.today = today;
    }

    public String render(EvaluationReport report, Locale language) {
        return new Page(report, language).write();
    }

    /** One rendering: the report, its language's texts and formats, and the document being written. */
    private final class Page {

        private final EvaluationReport report;
        private final Locale language;
        private final DateTimeFormatter dates;
        private final DecimalFormat percent;
        private final DecimalFormat money;
        private final StringBuilder html = new StringBuilder(32_768);

        Page(EvaluationReport report, Locale language) {
            this.report = report;
            this.language = language;
            this.dates = DateTimeFormatter.ofPattern(t("format.date"), language);
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language);
            // Latin digits whatever the language's default, as Moroccan documents print them.
            symbols.setZeroDigit('0');
            this.percent = new DecimalFormat("#,##0.##", symbols);
            this.percent.setRoundingMode(RoundingMode.HALF_UP);
            this.money = new DecimalFormat("#,##0.00", symbols);
            this.money.setRoundingMode(RoundingMode.HALF_UP);
        }

        String write() {
            String kind = t("kind." + report.period().kind().name());
            html.append("<!DOCTYPE html>\n<html lang=\"").append(t("page.lang")).append("\" dir=\"").append(t("page.dir"))
                    .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(kind)).append(" – ")
                    .append(Html.escape(localized(report.plan().title()))).append("</title>\n<style>\n").append(STYLE)
                    .append("</style>\n</head>\n<body>\n");
            header(kind);
            summary();
            axes();
            projects();
            lateActivities();
            indicators();
            amendments();
            html.append("<footer><p>").append(Html.escape(t("footer", date(report.generatedOn())))).append("</p></footer>\n");
            return html.append("</body>\n</html>\n").toString();
        }

        private void header(String kind) {
            var plan = report.plan();
            var period = report.period();
            html.append("<header class=\"report\">\n<p class=\"member\">").append(text(report.memberName())).append("</p>\n")
                    .append("<h1>").append(Html.escape(kind)).append("</h1>\n<dl class=\"facts\">\n");
            fact(t("header.plan"), text(plan.title()));
            fact(t("header.plan-period"), Html.escape(t("header.plan-period.value", plan.period(), date(plan.startDate()),
                    date(plan.endDate()))));
            String covered = Html.escape(t("header.covered.value", date(period.from()), date(period.to())));
            fact(t("header.covered"), period.label() == null ? covered
                    : "<bdi dir=\"ltr\">" + Html.escape(period.label()) + "</bdi> (" + covered + ")");
            fact(t("header.as-of"), Html.escape(date(period.asOf()))
                    + (period.inProgress() ? " <em>" + Html.escape(t("header.in-progress")) + "</em>" : ""));
            fact(t("header.generated"), Html.escape(date(report.generatedOn())));
            html.append("</dl>\n</header>\n");
        }

        private void summary() {
            var plan = report.plan();
            open("summary", "summary.title");
            html.append("<dl class=\"facts\">\n");
            fact(t("summary.status"), Html.escape(t("status." + report.statusAtEnd().name())));
            if (plan.status() != report.statusAtEnd()) {
                fact(t("summary.status-now"), Html.escape(t("status." + plan.status().name())));
            }
            fact(t("summary.adoption"), plan.adoption() == null || plan.adoption().date().isAfter(report.period().asOf())
                    ? Html.escape(t("summary.adoption.none"))
                    : text(plan.adoption().session()) + Html.escape(t("summary.adoption.date", date(plan.adoption().date()))));
            fact(t("summary.progress"), bar(report.progress().progress()));
            fact(t("summary.projects"), Html.escape(String.valueOf(report.projects().size())));
            fact(t("summary.late"), Html.escape(String.valueOf(report.lateActivities().size())));
            fact(t("summary.budget"), Html.escape(amount(report.totalBudget())));
            html.append("</dl>\n<p class=\"note\">").append(Html.escape(t("summary.note"))).append("</p>\n</section>\n");
        }

        private void axes() {
            open("axes", "axes.title");
            List<AxisProgress> axes = report.progress().axes();
            if (axes.isEmpty()) {
                empty("axes.none");
            } else {
                tableHead("axes.axis", "axes.projects", "axes.progress");
                for (AxisProgress axis : axes) {
                    html.append("<tr><td>").append(Html.escape(axis.code())).append(" – ").append(text(axis.title()))
                            .append("</td><td class=\"num\">").append(axis.projects()).append("</td><td>")
                            .append(bar(axis.progress())).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private void projects() {
            open("projects", "projects.title");
            if (report.projects().isEmpty()) {
                empty("projects.none");
            } else {
                tableHead("projects.project", "projects.axis", "projects.progress", "projects.activities",
                        "projects.late", "projects.budget");
                for (ProjectLine line : report.projects()) {
                    var p = line.progress();
                    html.append("<tr><td>").append(text(p.title())).append("</td><td>").append(Html.escape(p.axisCode()))
                            .append("</td><td>").append(bar(p.progress())).append("</td><td class=\"num\">")
                            .append(Html.escape(t("projects.activities.value", line.activitiesDone(), p.activities())))
                            .append("</td><td class=\"num\">").append(p.lateActivities()).append("</td><td class=\"num\">")
                            .append(line.budget() == null ? "–" : Html.escape(amount(line.budget()))).append("</td></tr>\n");
                }
                html.append("</tbody>\n<tfoot><tr><td colspan=\"5\">").append(Html.escape(t("projects.total")))
                        .append("</td><td class=\"num\">").append(Html.escape(amount(report.totalBudget())))
                        .append("</td></tr></tfoot>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private void lateActivities() {
            open("late", "late.title");
            if (report.lateActivities().isEmpty()) {
                empty("late.none");
            } else {
                tableHead("late.activity", "late.project", "late.dates", "late.progress", "late.lateness");
                for (LateLine line : report.lateActivities()) {
                    var a = line.activity();
                    html.append("<tr><td>").append(text(a.title())).append("</td><td>").append(text(a.projectTitle()))
                            .append("</td><td class=\"num\">").append(Html.escape(date(a.start()))).append(" – ")
                            .append(Html.escape(date(a.end()))).append("</td><td>").append(bar(BigDecimal.valueOf(a.progress())))
                            .append("</td><td>").append(Html.escape(t("lateness." + a.lateness().name(), line.daysLate())))
                            .append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private void indicators() {
            open("indicators", "indicators.title");
            if (report.indicators().isEmpty()) {
                empty("indicators.none");
            } else {
                tableHead("indicators.indicator", "indicators.project", "indicators.kind", "indicators.baseline",
                        "indicators.target", "indicators.latest");
                for (IndicatorLine line : report.indicators()) {
                    Indicator i = line.indicator();
                    html.append("<tr><td>").append(text(i.title())).append("</td><td>").append(text(line.projectTitle()))
                            .append("</td><td>").append(Html.escape(t("indicator.kind." + i.kind().name())))
                            .append("</td><td class=\"num\">").append(quantity(i.baseline(), i.unit()))
                            .append("</td><td class=\"num\">").append(quantity(i.target(), i.unit()))
                            .append("</td><td>").append(measurement(line.latest(), i.unit())).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private void amendments() {
            open("amendments", "amendments.title");
            if (report.amendments().isEmpty()) {
                empty("amendments.none");
            } else {
                tableHead("amendments.number", "amendments.reason", "amendments.opened", "amendments.closed");
                for (Amendment a : report.amendments()) {
                    html.append("<tr><td class=\"num\">").append(a.number()).append("</td><td>").append(text(a.reason()))
                            .append("</td><td class=\"num\">").append(Html.escape(date(day(a.openedAt()))))
                            .append("</td><td class=\"num\">").append(a.closedAt() == null ? Html.escape(t("amendments.open"))
                                    : Html.escape(date(day(a.closedAt())))).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private LocalDate day(Instant instant) {
            return today.dateOf(instant);
        }

        private String measurement(Measurement m, String unit) {
            if (m == null) {
                return Html.escape(t("indicators.not-measured"));
            }
            String what = m.value() != null ? quantity(m.value(), unit) : text(m.observation());
            return what + " " + Html.escape(t("indicators.measured-on", date(m.date())));
        }

        /** A number with its unit, as typed (units are the users' words). */
        private String quantity(BigDecimal value, String unit) {
            if (value == null) {
                return "–";
            }
            String number = Html.escape(percent.format(value));
            return unit == null || unit.isBlank() ? number : number + " " + text(unit);
        }

        /** A progress bar: drawn for the eye, the number as text for everyone, the value for assistive technology. */
        private String bar(BigDecimal value) {
            String plain = value.stripTrailingZeros().toPlainString();
            String shown = Html.escape(t("format.percent", percent.format(value)));
            return "<span class=\"progress\"><span class=\"bar\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\""
                    + " aria-valuenow=\"" + plain + "\" aria-label=\"" + shown + "\"><span style=\"width:" + plain
                    + "%\"></span></span><span class=\"value\">" + shown + "</span></span>";
        }

        private String amount(BigDecimal value) {
            return t("format.money", money.format(value));
        }

        private String date(LocalDate day) {
            return day == null ? "–" : dates.format(day);
        }

        private void open(String section, String titleKey) {
            html.append("<section class=\"").append(section).append("\">\n<h2>").append(Html.escape(t(titleKey)))
                    .append("</h2>\n");
        }

        private void tableHead(String... keys) {
            html.append("<table>\n<thead><tr>");
            for (String key : keys) {
                html.append("<th scope=\"col\">").append(Html.escape(t(key))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
        }

        private void empty(String key) {
            html.append("<p class=\"empty\">").append(Html.escape(t(key))).append("</p>\n");
        }

        private void fact(String term, String definitionHtml) {
            html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(definitionHtml).append("</dd>\n");
        }

        /**
         * A text a user typed in one language, isolated so its direction does not upset the line around it.
         */
        private String text(String value) {
            return value == null || value.isBlank() ? "–" : "<bdi>" + Html.escape(value) + "</bdi>";
        }

        /** A text typed in both languages: the reader's; when French is missing, the Arabic marked as such. */
        private String text(LocalizedText value) {
            if (value == null) {
                return "–";
            }
            if (language.getLanguage().equals("fr") && value.fr() != null && !value.fr().isBlank()) {
                return "<bdi>" + Html.escape(value.fr()) + "</bdi>";
            }
            if (language.getLanguage().equals("fr")) {
                return "<bdi lang=\"ar\" dir=\"rtl\">" + Html.escape(value.ar()) + "</bdi>";
            }
            return text(value.ar());
        }

        private String localized(LocalizedText value) {
            if (value == null) {
                return "";
            }
            return language.getLanguage().equals("fr") && value.fr() != null && !value.fr().isBlank() ? value.fr()
                    : value.ar();
        }

        private String t(String key, Object... arguments) {
            return texts.text(key, language, arguments);
        }
    }
}
