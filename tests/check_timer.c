/* The timer heap: deadline order, ties in creation order, cancel and read. */
#include "helpers.h"
#include "timer.h"

static pl_engine *e;
static pl_timers t;
static void setup(void)
{
    e = pl_test_engine();
    pl_timers_init(&t);
}
static void teardown(void)
{
    pl_timers_destroy(e, &t);
    pl_engine_free(e);
}

static pl_timer at(uint64_t deadline, uint64_t owner, pl_term ref)
{
    return (pl_timer){ .deadline = deadline, .kind = PL_TIMER_SEND, .owner = owner,
                       .dest = PL_NONE, .msg = PL_NONE, .ref = ref };
}

START_TEST(fires_in_deadline_then_creation_order)
{
    uint64_t deadlines[] = { 50, 10, 30, 10, 20 };
    for (uint64_t i = 0; i < 5; i++) {
        ck_assert(pl_timers_add(e, &t, at(deadlines[i], i, PL_NONE)));
    }
    uint64_t expect_owner[] = { 1, 3, 4, 2, 0 };
    for (int i = 0; i < 5; i++) {
        pl_timer tm = pl_timers_pop(&t);
        ck_assert_uint_eq(tm.owner, expect_owner[i]);
    }
    ck_assert_ptr_null(pl_timers_peek(&t));
}
END_TEST

START_TEST(cancel_and_read_report_time_left)
{
    pl_timers_add(e, &t, at(1000, 1, pl_ref(1)));
    pl_timers_add(e, &t, at(500, 2, pl_ref(2)));
    uint64_t left;
    ck_assert(pl_timers_read(&t, pl_ref(1), 400, &left));
    ck_assert_uint_eq(left, 600);
    ck_assert(pl_timers_cancel(e, &t, pl_ref(1), 400, &left));
    ck_assert_uint_eq(left, 600);
    ck_assert(!pl_timers_cancel(e, &t, pl_ref(1), 400, &left));
    ck_assert_uint_eq(pl_timers_peek(&t)->owner, 2);
}
END_TEST

START_TEST(many_timers_stay_ordered)
{
    for (uint64_t i = 0; i < 100000; i++) {
        ck_assert(pl_timers_add(e, &t, at((i * 7919) % 100003, i, PL_NONE)));
    }
    uint64_t last = 0;
    for (int i = 0; i < 100000; i++) {
        pl_timer tm = pl_timers_pop(&t);
        ck_assert_uint_ge(tm.deadline, last);
        last = tm.deadline;
    }
}
END_TEST

Suite *timer_suite(void)
{
    Suite *s = suite_create("timer");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, fires_in_deadline_then_creation_order);
    tcase_add_test(core, cancel_and_read_report_time_left);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, many_timers_stay_ordered);
    suite_add_tcase(s, limits);
    return s;
}
