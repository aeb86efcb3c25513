package ma.remacto.projects.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProgressRecord;
import ma.remacto.projects.domain.ProjectTimeline;
import ma.remacto.projects.persistence.ProjectRepository;

import org.springframework.stereotype.Service;

/**
 * A project's execution over time, for its public chart: its progress when it was formulated and after each
 * progress report, rebuilt from its history (the same timeline the evaluation reports read). Only what the project
 * page already shows: dates and percentages, never who reported.
 */
@Service
public class FindProgressHistory {

    /** The project's progress (0–100) as it stood at {@code at}. */
    public record Point(Instant at, BigDecimal progress) {
    }

    private final FindProjects find;
    private final ProjectRepository projects;

    public FindProgressHistory(FindProjects find, ProjectRepository projects) {
        this.find = find;
        this.projects = projects;
    }

    public List<Point> of(String id) {
        OpennessProject project = find.one(id); // the same visibility as the project itself
        ProjectTimeline timeline = projects.timelines(List.of(id)).get(id);
        List<Point> points = new ArrayList<>();
        points.add(new Point(project.createdAt(), timeline.asOf(project, project.createdAt().plusNanos(1)).progress()));
        for (ProgressRecord report : timeline.progress()) {
            // Reports recorded in the same instant are one step: the last point of that instant wins.
            Point point = new Point(report.at(), timeline.asOf(project, report.at().plusNanos(1)).progress());
            if (points.getLast().at().equals(point.at())) {
                points.set(points.size() - 1, point);
            } else {
                points.add(point);
            }
        }
        return points;
    }
}
