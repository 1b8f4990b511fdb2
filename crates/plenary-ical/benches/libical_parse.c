/* Times libical's parse of an .ics file, for the side-by-side in scripts/bench-ical.sh:
 * icalparser_parse_string on the whole text (the file is read into memory first, outside the
 * timing), then walking its VEVENTs and reading DTSTART/DTEND/SUMMARY so that nothing lazy is
 * left out. Prints JSON: {"libical": version, "runs": n, "parse_s": median seconds,
 * "parse_min_s": fastest, "events": VEVENTs}. Freeing the tree is timed separately (free_s). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <libical/ical.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1 || runs > 100) runs = 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, f) != (size_t)size) { perror("read"); return 2; }
    text[size] = 0;
    fclose(f);

    double parse[100], frees[100];
    int events = 0;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        icalcomponent *cal = icalparser_parse_string(text);
        if (!cal) { fprintf(stderr, "libical: cannot parse %s\n", argv[1]); return 1; }
        int n = 0;
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            struct icaltimetype s = icalcomponent_get_dtstart(ev);
            struct icaltimetype e = icalcomponent_get_dtend(ev);
            const char *summary = icalcomponent_get_summary(ev);
            if (s.year > 0 && e.year > 0 && summary != NULL) n++;
        }
        double t1 = now();
        icalcomponent_free(cal);
        double t2 = now();
        parse[r] = t1 - t0;
        frees[r] = t2 - t1;
        events = n;
    }
    free(text);
    double min = parse[0];
    for (int r = 1; r < runs; r++) if (parse[r] < min) min = parse[r];
    qsort(parse, runs, sizeof(double), cmp);
    qsort(frees, runs, sizeof(double), cmp);
    printf("{\"libical\": \"%s\", \"runs\": %d, \"bytes\": %ld, \"events\": %d, \"parse_s\": %.6f, "
           "\"parse_min_s\": %.6f, \"free_s\": %.6f}\n",
           ICAL_VERSION, runs, size, events, parse[runs / 2], min, frees[runs / 2]);
    return 0;
}
