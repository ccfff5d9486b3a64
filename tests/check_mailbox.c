/* The mailbox as receive sees it: order, the save pointer, the ref marker. */
#include "helpers.h"
#include "mailbox.h"

static pl_engine *e;
static pl_mailbox mb;
static void setup(void)
{
    e = pl_test_engine();
    pl_mailbox_init(&mb);
}
static void teardown(void)
{
    pl_mailbox_clear(e, &mb);
    pl_engine_free(e);
}

START_TEST(fifo_order_and_take)
{
    for (int i = 1; i <= 3; i++) {
        ck_assert(pl_mailbox_push(e, &mb, pl_small(i)));
    }
    ck_assert_uint_eq(pl_mailbox_len(&mb), 3);
    pl_mailbox_start(&mb, PL_NONE);
    ck_assert_int_eq(pl_mailbox_peek(&mb), pl_small(1));
    ck_assert_int_eq(pl_mailbox_take(e, &mb), pl_small(1));
    ck_assert_int_eq(pl_mailbox_peek(&mb), pl_small(2));
    ck_assert_uint_eq(pl_mailbox_len(&mb), 2);
}
END_TEST

START_TEST(selective_receive_leaves_others_in_place)
{
    for (int i = 1; i <= 4; i++) {
        pl_mailbox_push(e, &mb, pl_small(i));
    }
    /* receive 3: skip 1 and 2, take 3 */
    pl_mailbox_start(&mb, PL_NONE);
    while (pl_mailbox_peek(&mb) != pl_small(3)) {
        pl_mailbox_next(&mb);
    }
    ck_assert_int_eq(pl_mailbox_take(e, &mb), pl_small(3));
    pl_mailbox_start(&mb, PL_NONE);
    int64_t order[3];
    for (int i = 0; i < 3; i++) {
        order[i] = pl_small_value(pl_mailbox_take(e, &mb));
    }
    ck_assert_int_eq(order[0], 1);
    ck_assert_int_eq(order[1], 2);
    ck_assert_int_eq(order[2], 4);
}
END_TEST

START_TEST(scan_resumes_at_new_messages)
{
    pl_mailbox_push(e, &mb, pl_small(1));
    pl_mailbox_start(&mb, PL_NONE);
    pl_mailbox_next(&mb); /* 1 did not match; the receive waits */
    ck_assert_int_eq(pl_mailbox_peek(&mb), PL_NONE);
    pl_mailbox_push(e, &mb, pl_small(2));
    ck_assert_int_eq(pl_mailbox_peek(&mb), pl_small(2)); /* no rescan of 1 */
}
END_TEST

START_TEST(marker_skips_older_messages)
{
    for (int i = 0; i < 1000; i++) {
        pl_mailbox_push(e, &mb, pl_small(i));
    }
    pl_term ref = pl_ref(7);
    pl_mailbox_mark(&mb, ref);
    pl_mailbox_push(e, &mb, pl_small(-1));
    pl_mailbox_start(&mb, ref);
    ck_assert_int_eq(pl_mailbox_peek(&mb), pl_small(-1));
    ck_assert_int_eq(pl_mailbox_take(e, &mb), pl_small(-1));
    /* a receive on another ref starts from the oldest message */
    pl_mailbox_start(&mb, pl_ref(8));
    ck_assert_int_eq(pl_mailbox_peek(&mb), pl_small(0));
}
END_TEST

START_TEST(million_messages)
{
    for (int i = 0; i < 1000000; i++) {
        ck_assert(pl_mailbox_push(e, &mb, pl_small(i)));
    }
    ck_assert_uint_eq(pl_mailbox_len(&mb), 1000000);
}
END_TEST

Suite *mailbox_suite(void)
{
    Suite *s = suite_create("mailbox");
    TCase *core = tcase_create("Core");
    tcase_add_checked_fixture(core, setup, teardown);
    tcase_add_test(core, fifo_order_and_take);
    tcase_add_test(core, selective_receive_leaves_others_in_place);
    tcase_add_test(core, scan_resumes_at_new_messages);
    tcase_add_test(core, marker_skips_older_messages);
    suite_add_tcase(s, core);
    TCase *limits = tcase_create("Limits");
    tcase_add_checked_fixture(limits, setup, teardown);
    tcase_add_test(limits, million_messages);
    suite_add_tcase(s, limits);
    return s;
}
