package org.customergroups.sandbox.host;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.customergroups.testkit.ao.AoSqlException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain SQL over the host's tables, for what Active Objects' query API cannot say portably
 * (joins, {@code LOWER(..) LIKE}, paging with a total). Statements name tables as
 * {@code {USER}} (the entity's {@code @Table} value) and columns in double quotes, the way AO
 * created them on H2 and PostgreSQL alike. Connections come from AO's pool, so a statement run
 * inside {@code ActiveObjects.executeInTransaction} joins that transaction.
 */
public final class HostSql {

    /** The LIKE escape character used by {@link #contains}; every statement using it says {@code ESCAPE '!'}. */
    public static final String ESCAPE = " ESCAPE '!'";

    private static final Pattern TABLE = Pattern.compile("\\{(\\w+)}");

    private final EntityManager entityManager;
    private final Map<String, String> tables;

    public HostSql(EntityManager entityManager, List<Class<? extends RawEntity<?>>> entities) {
        this.entityManager = entityManager;
        String schema = entityManager.getProvider().getSchema();
        Map<String, String> names = new HashMap<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            Table table = entity.getAnnotation(Table.class);
            String physical = entityManager.getTableNameConverter().getName(entity);
            names.put(table.value(), (schema == null || schema.isEmpty() ? "" : quote(schema) + ".") + quote(physical));
        }
        this.tables = Map.copyOf(names);
    }

    /** Rows mapped one by one; the statement should carry its own LIMIT. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = entityManager.getProvider().getConnection();
             PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    /** The first column of the first row as a number (COUNT(*) and the like); 0 without a row. */
    public long number(String sql, Object... params) {
        List<Long> values = list(sql, rs -> rs.getLong(1), params);
        return values.isEmpty() ? 0 : values.get(0);
    }

    public int update(String sql, Object... params) {
        try (Connection c = entityManager.getProvider().getConnection();
             PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    /** {@code %query%} in lower case with LIKE's wildcards escaped (use with {@link #ESCAPE}). */
    public static String contains(String query) {
        String q = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + q + "%";
    }

    public static boolean isBlank(String query) {
        return query == null || query.isBlank();
    }

    /** The statement with {@code {TABLE}} placeholders replaced by the quoted, schema-qualified names. */
    String resolve(String sql) {
        Matcher m = TABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = tables.get(m.group(1));
            if (name == null) {
                throw new IllegalArgumentException("Unknown host table {" + m.group(1) + "} in " + sql);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(resolve(sql));
        try {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof Enum<?> e) {
                    s.setString(i + 1, e.name());
                } else {
                    s.setObject(i + 1, p);
                }
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
