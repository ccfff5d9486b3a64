/* The precompiled library image. Linked only into programs that run the library
 * (proclab, check_all), not into libproclab.a: tools/plc links that archive to
 * make this very image. */
#include "run.h"

const unsigned char pl_lib_blob[] = {
#include "lib_bc.inc"
};
const size_t pl_lib_blob_len = sizeof pl_lib_blob;
