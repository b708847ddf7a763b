package id.bpjstk.desasadar.territory.importing;

import org.locationtech.jts.geom.Geometry;

/**
 * One fully validated row of a coordinate file.
 *
 * @param rowNumber where the row sits in the file: the CSV line number (header = line 1), the 1-based
 *                  GeoJSON feature index, or the 1-based SQL value-tuple index
 * @param code      the Kemendagri area code, e.g. {@code 35.09.01.2001}
 * @param lat       centroid latitude, or {@code null} when the row carries only a boundary
 * @param lng       centroid longitude, or {@code null} when the row carries only a boundary
 * @param boundary  a Polygon or MultiPolygon in SRID 4326 (x = longitude, y = latitude), or
 *                  {@code null} when the row carries only a centroid
 */
public record ParsedArea(long rowNumber, String code, Double lat, Double lng, Geometry boundary) {
}
