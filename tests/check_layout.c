/* The UI's layout (ui/layout.c): pure arithmetic, so every size is checked
 * without a terminal: panes tile the screen without overlapping, 80x24 fits,
 * anything smaller asks for more room. */
#include "helpers.h"
#include "../ui/layout.h"

static bool overlap(pl_rect a, pl_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Every cell of the screen belongs to exactly one pane. */
static void check_tiles(int cols, int lines)
{
    pl_layout l = pl_layout_compute(cols, lines);
    ck_assert(!l.too_small);
    pl_rect r[] = { l.lesson, l.procs, l.mailbox, l.seq, l.prompt, l.status };
    int n = sizeof r / sizeof r[0], area = 0;
    for (int i = 0; i < n; i++) {
        ck_assert_int_ge(r[i].x, 0);
        ck_assert_int_ge(r[i].y, 0);
        ck_assert_int_le(r[i].x + r[i].w, cols);
        ck_assert_int_le(r[i].y + r[i].h, lines);
        area += r[i].w * r[i].h;
        for (int j = i + 1; j < n; j++) {
            ck_assert_msg(!overlap(r[i], r[j]), "panes %d and %d overlap at %dx%d", i, j, cols,
                          lines);
        }
    }
    ck_assert_int_eq(area, cols * lines);
}

START_TEST(panes_tile_every_size)
{
    for (int cols = 80; cols <= 300; cols += 7) {
        for (int lines = 24; lines <= 120; lines += 5) {
            check_tiles(cols, lines);
        }
    }
}
END_TEST

START_TEST(eighty_by_twenty_four_leaves_room_in_each_pane)
{
    pl_layout l = pl_layout_compute(80, 24);
    ck_assert_int_ge(l.procs.h, 5);   /* a border, the shell, two processes, a border */
    ck_assert_int_ge(l.mailbox.h, 4);
    ck_assert_int_ge(l.seq.h, 6);
    ck_assert_int_ge(l.prompt.h, 6);
    ck_assert_int_ge(l.lesson.w, 30);
    ck_assert_int_eq(l.status.y, 23);
}
END_TEST

START_TEST(smaller_than_80x24_is_too_small)
{
    ck_assert(pl_layout_compute(79, 24).too_small);
    ck_assert(pl_layout_compute(80, 23).too_small);
    ck_assert(pl_layout_compute(60, 20).too_small);
    ck_assert(pl_layout_compute(0, 0).too_small);
    ck_assert(pl_layout_compute(-5, 1000).too_small);
    ck_assert(!pl_layout_compute(80, 24).too_small);
}
END_TEST

Suite *layout_suite(void)
{
    Suite *s = suite_create("layout");
    TCase *core = tcase_create("Core");
    tcase_add_test(core, panes_tile_every_size);
    tcase_add_test(core, eighty_by_twenty_four_leaves_room_in_each_pane);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_test(limits, smaller_than_80x24_is_too_small);
    suite_add_tcase(s, limits);
    return s;
}
