package id.bpjstk.desasadar.base.security;

/** Whether a code is one of the official areas, for checking scope codes. Implemented by the feature owning areas. */
public interface AreaCodes {
    boolean isOfficial(String code);
}
