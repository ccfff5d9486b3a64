/* Runs every Check suite in one runner; CK_RUN_SUITE / CK_RUN_CASE select. */
#include <stdlib.h>
#include "helpers.h"

int main(void)
{
    Suite *(*const suites[])(void) = {
        term_suite,
        map_suite,
        hamt_suite,
        phash_suite,
        parser_suite,
        compile_suite,
        vm_suite,
        mailbox_suite,
        sched_suite,
        timer_suite,
        inspect_suite,
        string_suite,
        enum_suite,
        bcfile_suite,
        etf_suite,
        ets_suite,
        iex_suite,
        shell_suite,
        layout_suite,
        panes_suite,
    };
    SRunner *sr = srunner_create(NULL);
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        srunner_add_suite(sr, suites[i]());
    }
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
