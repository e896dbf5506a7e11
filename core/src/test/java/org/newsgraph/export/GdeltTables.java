package org.newsgraph.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Loads our GDELT tables the way a GDELT user loads GDELT's own: with the published column list,
 * tab as the only delimiter, no header, no quoting, read by DuckDB's CSV reader.
 */
final class GdeltTables {

  /** The GDELT 2.0 Event table: name, type, name, type ... in the order of its codebook. */
  static final List<String> EVENT_COLUMNS =
      List.of(
          "GLOBALEVENTID", "BIGINT",
          "SQLDATE", "INTEGER",
          "MonthYear", "INTEGER",
          "Year", "INTEGER",
          "FractionDate", "DOUBLE",
          "Actor1Code", "VARCHAR",
          "Actor1Name", "VARCHAR",
          "Actor1CountryCode", "VARCHAR",
          "Actor1KnownGroupCode", "VARCHAR",
          "Actor1EthnicCode", "VARCHAR",
          "Actor1Religion1Code", "VARCHAR",
          "Actor1Religion2Code", "VARCHAR",
          "Actor1Type1Code", "VARCHAR",
          "Actor1Type2Code", "VARCHAR",
          "Actor1Type3Code", "VARCHAR",
          "Actor2Code", "VARCHAR",
          "Actor2Name", "VARCHAR",
          "Actor2CountryCode", "VARCHAR",
          "Actor2KnownGroupCode", "VARCHAR",
          "Actor2EthnicCode", "VARCHAR",
          "Actor2Religion1Code", "VARCHAR",
          "Actor2Religion2Code", "VARCHAR",
          "Actor2Type1Code", "VARCHAR",
          "Actor2Type2Code", "VARCHAR",
          "Actor2Type3Code", "VARCHAR",
          "IsRootEvent", "INTEGER",
          "EventCode", "VARCHAR",
          "EventBaseCode", "VARCHAR",
          "EventRootCode", "VARCHAR",
          "QuadClass", "INTEGER",
          "GoldsteinScale", "DOUBLE",
          "NumMentions", "INTEGER",
          "NumSources", "INTEGER",
          "NumArticles", "INTEGER",
          "AvgTone", "DOUBLE",
          "Actor1Geo_Type", "INTEGER",
          "Actor1Geo_FullName", "VARCHAR",
          "Actor1Geo_CountryCode", "VARCHAR",
          "Actor1Geo_ADM1Code", "VARCHAR",
          "Actor1Geo_ADM2Code", "VARCHAR",
          "Actor1Geo_Lat", "DOUBLE",
          "Actor1Geo_Long", "DOUBLE",
          "Actor1Geo_FeatureID", "VARCHAR",
          "Actor2Geo_Type", "INTEGER",
          "Actor2Geo_FullName", "VARCHAR",
          "Actor2Geo_CountryCode", "VARCHAR",
          "Actor2Geo_ADM1Code", "VARCHAR",
          "Actor2Geo_ADM2Code", "VARCHAR",
          "Actor2Geo_Lat", "DOUBLE",
          "Actor2Geo_Long", "DOUBLE",
          "Actor2Geo_FeatureID", "VARCHAR",
          "ActionGeo_Type", "INTEGER",
          "ActionGeo_FullName", "VARCHAR",
          "ActionGeo_CountryCode", "VARCHAR",
          "ActionGeo_ADM1Code", "VARCHAR",
          "ActionGeo_ADM2Code", "VARCHAR",
          "ActionGeo_Lat", "DOUBLE",
          "ActionGeo_Long", "DOUBLE",
          "ActionGeo_FeatureID", "VARCHAR",
          "DATEADDED", "BIGINT",
          "SOURCEURL", "VARCHAR");

  /** The GKG 2.1 table: name, type, name, type ... in the order of its codebook. */
  static final List<String> GKG_COLUMNS =
      List.of(
          "GKGRECORDID", "VARCHAR",
          "V2.1DATE", "BIGINT",
          "V2SOURCECOLLECTIONIDENTIFIER", "INTEGER",
          "V2SOURCECOMMONNAME", "VARCHAR",
          "V2DOCUMENTIDENTIFIER", "VARCHAR",
          "V1COUNTS", "VARCHAR",
          "V2.1COUNTS", "VARCHAR",
          "V1THEMES", "VARCHAR",
          "V2ENHANCEDTHEMES", "VARCHAR",
          "V1LOCATIONS", "VARCHAR",
          "V2ENHANCEDLOCATIONS", "VARCHAR",
          "V1PERSONS", "VARCHAR",
          "V2ENHANCEDPERSONS", "VARCHAR",
          "V1ORGANIZATIONS", "VARCHAR",
          "V2ENHANCEDORGANIZATIONS", "VARCHAR",
          "V1.5TONE", "VARCHAR",
          "V2.1ENHANCEDDATES", "VARCHAR",
          "V2GCAM", "VARCHAR",
          "V2.1SHARINGIMAGE", "VARCHAR",
          "V2.1RELATEDIMAGES", "VARCHAR",
          "V2.1SOCIALIMAGEEMBEDS", "VARCHAR",
          "V2.1SOCIALVIDEOEMBEDS", "VARCHAR",
          "V2.1QUOTATIONS", "VARCHAR",
          "V2.1ALLNAMES", "VARCHAR",
          "V2.1AMOUNTS", "VARCHAR",
          "V2.1TRANSLATIONINFO", "VARCHAR",
          "V2EXTRASXML", "VARCHAR");

  private GdeltTables() {}

  /** The rows of a table file, each a map from column name to the value DuckDB read. */
  static List<Map<String, Object>> load(Path file, List<String> columns) throws SQLException {
    StringJoiner spec = new StringJoiner(", ", "{", "}");
    for (int i = 0; i < columns.size(); i += 2) {
      spec.add("'" + columns.get(i) + "': '" + columns.get(i + 1) + "'");
    }
    String sql =
        "SELECT * FROM read_csv('"
            + file.toString().replace("'", "''")
            + "', delim='\\t', header=false, quote='', escape='', auto_detect=false, columns="
            + spec
            + ")";
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int count = result.getMetaData().getColumnCount();
      if (count != columns.size() / 2) {
        throw new AssertionError("DuckDB read " + count + " columns");
      }
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
          row.put(result.getMetaData().getColumnName(i), result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
