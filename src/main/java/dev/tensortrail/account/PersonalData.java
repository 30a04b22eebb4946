package dev.tensortrail.account;

import java.util.List;
import java.util.Map;

/**
 * What one module holds about a person, for their data export. Each module that stores rows about
 * a learner provides one; the export gathers them all (its test checks that every table with a
 * learner column is in the export).
 */
public interface PersonalData {

    /** The rows about the account, one section per table. */
    List<Section> about(long accountId);

    /**
     * @param table       the table, which is also the file name in the export ({@code table.json})
     * @param description one line for the export's index
     * @param rows        column name to value
     */
    record Section(String table, String description, List<Map<String, Object>> rows) {}
}
