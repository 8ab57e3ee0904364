package org.customergroups.sandbox.host;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox's one workflow, small and fixed (Jira's classic shape):
 * <pre>
 *   Open ──Start Progress (11)──▶ In Progress ──Done (21)──▶ Done ──Reopen (41)──▶ Reopened
 *        ◀──Stop Progress (31)──                                                    │
 *   Reopened ──Start Progress (11)──▶ In Progress ◀──────────────────────────────────┘
 * </pre>
 * Statuses carry Jira's ids and status categories (To Do, In Progress, Done).
 */
public final class Workflow {

    /** A status with Jira's id and its category ({@code new}, {@code indeterminate}, {@code done}). */
    public record Status(String id, String name, Category category) {
    }

    /** Jira's status categories. */
    public enum Category {
        NEW(2, "new", "To Do", "blue-gray"),
        IN_PROGRESS(4, "indeterminate", "In Progress", "yellow"),
        DONE(3, "done", "Done", "green");

        private final int id;
        private final String key;
        private final String displayName;
        private final String colorName;

        Category(int id, String key, String displayName, String colorName) {
            this.id = id;
            this.key = key;
            this.displayName = displayName;
            this.colorName = colorName;
        }

        public int id() {
            return id;
        }

        public String key() {
            return key;
        }

        public String displayName() {
            return displayName;
        }

        public String colorName() {
            return colorName;
        }
    }

    /** A transition: its id (what a client posts), its name, and the statuses it leaves and enters. */
    public record Transition(String id, String name, List<String> from, Status to) {
        public Transition {
            from = List.copyOf(from);
        }
    }

    public static final Status OPEN = new Status("1", "Open", Category.NEW);
    public static final Status IN_PROGRESS = new Status("3", "In Progress", Category.IN_PROGRESS);
    public static final Status REOPENED = new Status("4", "Reopened", Category.NEW);
    public static final Status DONE = new Status("10001", "Done", Category.DONE);

    private static final List<Status> STATUSES = List.of(OPEN, IN_PROGRESS, REOPENED, DONE);

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition("11", "Start Progress", List.of(OPEN.name(), REOPENED.name()), IN_PROGRESS),
            new Transition("21", "Done", List.of(IN_PROGRESS.name()), DONE),
            new Transition("31", "Stop Progress", List.of(IN_PROGRESS.name()), OPEN),
            new Transition("41", "Reopen", List.of(DONE.name()), REOPENED));

    private Workflow() {
    }

    /** The status by name; an unknown name (from an older database) gets category To Do and no id. */
    public static Status status(String name) {
        return STATUSES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElse(new Status("", name, Category.NEW));
    }

    /** The names of the statuses in category Done (the portal's closed requests), in workflow order. */
    public static List<String> doneStatusNames() {
        return STATUSES.stream().filter(s -> s.category() == Category.DONE).map(Status::name).toList();
    }

    /** The transitions out of {@code statusName}, in id order. */
    public static List<Transition> from(String statusName) {
        return TRANSITIONS.stream().filter(t -> t.from().contains(statusName)).toList();
    }

    /** The transition {@code id} if it leaves {@code statusName}. */
    public static Optional<Transition> find(String statusName, String id) {
        return from(statusName).stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
