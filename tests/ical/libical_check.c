/* Parses an .ics file with libical, runs its RFC 5546 restriction check and prints one line
 * per VEVENT: "<uid>\t<start epoch>\t<end epoch>", times resolved through the file's own
 * VTIMEZONE blocks. Exit status 1 when libical reports any error. */
#include <stdio.h>
#include <stdlib.h>
#include <libical/ical.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, f) != (size_t)size) { perror("read"); return 2; }
    text[size] = 0;
    fclose(f);

    icalcomponent *cal = icalparser_parse_string(text);
    if (!cal) { fprintf(stderr, "libical: cannot parse\n"); return 1; }
    int restrictions_ok = icalrestriction_check(cal);
    int errors = icalcomponent_count_errors(cal);
    if (!restrictions_ok || errors > 0) {
        fprintf(stderr, "libical: %d error(s), restriction check %s\n", errors, restrictions_ok ? "ok" : "failed");
        /* Print the X-LIC-ERROR properties libical attached, with their component. */
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
            for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
                 p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
                fprintf(stderr, "  %s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)),
                        icalproperty_get_xlicerror(p));
            }
        }
        for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(cal, ICAL_XLICERROR_PROPERTY)) {
            fprintf(stderr, "  VCALENDAR: %s\n", icalproperty_get_xlicerror(p));
        }
        return 1;
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        struct icaltimetype s = icalcomponent_get_dtstart(ev);
        struct icaltimetype e = icalcomponent_get_dtend(ev);
        printf("%s\t%ld\t%ld\n", icalcomponent_get_uid(ev),
               (long)icaltime_as_timet_with_zone(s, s.zone),
               (long)icaltime_as_timet_with_zone(e, e.zone));
    }
    icalcomponent_free(cal);
    free(text);
    return 0;
}
