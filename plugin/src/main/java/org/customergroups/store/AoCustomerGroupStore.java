package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.store.ao.CustomerGroupEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.customergroups.store.ao.CustomerGroupEntity.AUTO_JOIN_DOMAINS;
import static org.customergroups.store.ao.CustomerGroupEntity.CREATED_AT;
import static org.customergroups.store.ao.CustomerGroupEntity.CREATED_BY;
import static org.customergroups.store.ao.CustomerGroupEntity.DESCRIPTION;
import static org.customergroups.store.ao.CustomerGroupEntity.KIND;
import static org.customergroups.store.ao.CustomerGroupEntity.LOWER_NAME;
import static org.customergroups.store.ao.CustomerGroupEntity.NAME;
import static org.customergroups.store.ao.CustomerGroupEntity.TWO_FACTOR;
import static org.customergroups.store.ao.CustomerGroupEntity.UPDATE_POLICY;
import static org.customergroups.store.ao.CustomerGroupEntity.VIEW_POLICY;

/** Customer-group metadata in Active Objects; entities are mapped to records before they leave. */
public final class AoCustomerGroupStore implements CustomerGroupStore {

    static final String EXISTS_KEY = "cg.error.group.exists";

    private final ActiveObjects ao;

    public AoCustomerGroupStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CustomerGroup create(String name, GroupKind kind, String description, GroupSettings settings,
                                String createdBy, Instant createdAt) {
        GroupSettings s = settings == null ? GroupSettings.defaults() : settings;
        if (findByName(name).isPresent()) {
            throw DomainException.conflict(EXISTS_KEY, name);
        }
        try {
            return ao.executeInTransaction(() -> toRecord(ao.create(CustomerGroupEntity.class,
                    new DBParam(NAME, name),
                    new DBParam(LOWER_NAME, lower(name)),
                    new DBParam(KIND, kind),
                    new DBParam(DESCRIPTION, description),
                    new DBParam(AUTO_JOIN_DOMAINS, joinDomains(s.autoJoinDomains())),
                    new DBParam(TWO_FACTOR, s.twoFactorRequired()),
                    new DBParam(VIEW_POLICY, s.viewPolicy()),
                    new DBParam(UPDATE_POLICY, s.updatePolicy()),
                    new DBParam(CREATED_BY, createdBy),
                    new DBParam(CREATED_AT, Date.from(createdAt)))));
        } catch (RuntimeException e) {
            // Another request (or cluster node) inserted the same name between our check and our
            // insert: the unique constraint on LOWER_NAME refused ours. Report it as the conflict it is.
            if (UniqueViolations.lostRace(e, () -> findByName(name).isPresent())) {
                throw DomainException.conflict(EXISTS_KEY, name);
            }
            throw e;
        }
    }

    @Override
    public Optional<CustomerGroup> update(long id, String description, GroupSettings settings) {
        GroupSettings s = settings == null ? GroupSettings.defaults() : settings;
        return ao.executeInTransaction(() -> entity(id).map(e -> {
            e.setDescription(description);
            e.setAutoJoinDomains(joinDomains(s.autoJoinDomains()));
            e.setTwoFactor(s.twoFactorRequired());
            e.setViewPolicy(s.viewPolicy());
            e.setUpdatePolicy(s.updatePolicy());
            e.save();
            return toRecord(e);
        }));
    }

    @Override
    public boolean delete(long id) {
        if (!Ids.fitsEntityId(id)) {
            return false;
        }
        return ao.deleteWithSQL(CustomerGroupEntity.class, "ID = ?", (int) id) > 0;
    }

    @Override
    public Optional<CustomerGroup> findById(long id) {
        return entity(id).map(AoCustomerGroupStore::toRecord);
    }

    @Override
    public Optional<CustomerGroup> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class,
                Query.select().where(LOWER_NAME + " = ?", lower(name)));
        return found.length == 0 ? Optional.empty() : Optional.of(toRecord(found[0]));
    }

    @Override
    public List<CustomerGroup> findByIds(Collection<Long> ids) {
        List<CustomerGroup> result = new ArrayList<>();
        for (List<Integer> chunk : Ids.chunks(ids)) {
            CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class,
                    Query.select().where("ID IN (" + Ids.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (CustomerGroupEntity e : found) {
                result.add(toRecord(e));
            }
        }
        return result;
    }

    /**
     * Two ordered queries, DEFAULT groups then the others, instead of one ORDER BY over a CASE expression: a plain
     * ORDER BY LOWER_NAME uses the unique index on every database, and the DEFAULT part has at most a few rows.
     */
    @Override
    public Page<CustomerGroup> search(String query, PageRequest page) {
        String nameWhere = "";
        // The same parameters for both parts: the kind (= DEFAULT, <> DEFAULT), then the name pattern if any.
        List<Object> params = new ArrayList<>(List.of(GroupKind.DEFAULT.name()));
        if (query != null && !query.isBlank()) {
            nameWhere = " AND " + LOWER_NAME + " LIKE ? ESCAPE '" + Like.ESCAPE + "'";
            params.add(Like.contains(lower(query.strip())));
        }
        List<CustomerGroup> defaults = Arrays.stream(ao.find(CustomerGroupEntity.class, Query.select()
                        .where(KIND + " = ?" + nameWhere, params.toArray()).order(LOWER_NAME)))
                .map(AoCustomerGroupStore::toRecord).toList();
        String othersWhere = KIND + " <> ?" + nameWhere;
        Object[] othersParams = params.toArray();
        List<CustomerGroup> values = new ArrayList<>();
        for (int i = page.start(); i < defaults.size() && values.size() < page.limit(); i++) {
            values.add(defaults.get(i));
        }
        int othersStart = Math.max(0, page.start() - defaults.size());
        int othersLimit = page.limit() - values.size();
        CustomerGroupEntity[] found = othersLimit == 0 ? new CustomerGroupEntity[0]
                : ao.find(CustomerGroupEntity.class, Query.select().where(othersWhere, othersParams)
                .order(LOWER_NAME).offset(othersStart).limit(othersLimit));
        for (CustomerGroupEntity e : found) {
            values.add(toRecord(e));
        }
        // The count query is needed only when this page may not have reached the end of the others.
        long total = defaults.size() + Pages.total(othersStart, othersLimit, found.length,
                () -> ao.count(CustomerGroupEntity.class, Query.select().where(othersWhere, othersParams)));
        return Page.of(page, total, values);
    }

    @Override
    public int count() {
        return ao.count(CustomerGroupEntity.class, Query.select());
    }

    /** Jira compares group names ignoring case; this is the form stored in LOWER_NAME. */
    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private Optional<CustomerGroupEntity> entity(long id) {
        if (!Ids.fitsEntityId(id)) {
            return Optional.empty();
        }
        CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class, Query.select().where("ID = ?", (int) id));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static String joinDomains(List<String> domains) {
        return domains.isEmpty() ? null : String.join("\n", domains);
    }

    private static List<String> splitDomains(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    private static CustomerGroup toRecord(CustomerGroupEntity e) {
        GroupSettings defaults = GroupSettings.defaults();
        GroupSettings settings = new GroupSettings(splitDomains(e.getAutoJoinDomains()), e.isTwoFactor(),
                e.getViewPolicy() == null ? defaults.viewPolicy() : e.getViewPolicy(),
                e.getUpdatePolicy() == null ? defaults.updatePolicy() : e.getUpdatePolicy());
        // setRule writes kind and rule together; a DYNAMIC row created without one (create(..., DYNAMIC, ...)) reads
        // with an empty rule, which the reconciler skips, rather than failing every list that contains it.
        String stored = e.getMembershipRule();
        String rule = e.getKind() != GroupKind.DYNAMIC ? null : stored == null ? "" : stored;
        return new CustomerGroup(e.getID(), e.getName(), e.getKind(), e.getDescription(), settings,
                e.getCreatedBy(), e.getCreatedAt().toInstant(), rule);
    }

    @Override
    public Optional<CustomerGroup> setRule(long id, String rule) {
        return ao.executeInTransaction(() -> entity(id).map(e -> {
            e.setKind(rule == null ? GroupKind.STATIC : GroupKind.DYNAMIC);
            e.setMembershipRule(rule);
            e.save();
            return toRecord(e);
        }));
    }

    @Override
    public Optional<CustomerGroup> markDefault(long id) {
        return ao.executeInTransaction(() -> entity(id).map(e -> {
            e.setKind(GroupKind.DEFAULT);
            e.setMembershipRule(null);
            e.save();
            return toRecord(e);
        }));
    }

    @Override
    public List<CustomerGroup> ofKind(GroupKind kind) {
        return Arrays.stream(ao.find(CustomerGroupEntity.class,
                        Query.select().where(KIND + " = ?", kind.name()).order(LOWER_NAME)))
                .map(AoCustomerGroupStore::toRecord).toList();
    }

    @Override
    public List<CustomerGroup> withAutoJoinDomains() {
        // Empty domain lists are stored as NULL (joinDomains), so IS NOT NULL finds exactly the groups with domains.
        return Arrays.stream(ao.find(CustomerGroupEntity.class,
                        Query.select().where(AUTO_JOIN_DOMAINS + " IS NOT NULL").order(LOWER_NAME)))
                .map(AoCustomerGroupStore::toRecord)
                .filter(g -> !g.settings().autoJoinDomains().isEmpty())
                .toList();
    }
}
