/* A process's message queue, seen from `receive`: messages in arrival order and
 * a save pointer where the current receive's scan resumes (unmatched messages stay
 * put, and a receive that waits continues with the messages that arrive next). */
#ifndef PL_MAILBOX_H
#define PL_MAILBOX_H

#include "term.h"

typedef struct pl_msg {
    pl_term term;
    struct pl_msg *next;
} pl_msg;

typedef struct pl_mailbox {
    pl_msg *head;
    pl_msg **tail;        // where the next message is linked
    pl_msg **save;        // the scan position of the current receive
    uint64_t len;
    // Receive marker: the tail when [mark_ref] was made (make_ref/monitor). A
    // receive matching on that ref skips what was queued before it.
    pl_msg **mark;
    pl_term mark_ref;
} pl_mailbox;

void pl_mailbox_init(pl_mailbox *mb);
/* Releases every queued message. */
void pl_mailbox_clear(pl_engine *e, pl_mailbox *mb);
/* Appends [msg] (taken). False when out of memory (the message is released). */
bool pl_mailbox_push(pl_engine *e, pl_mailbox *mb, pl_term msg);
/* Owner only: the message at the save pointer (borrowed), or PL_NONE at the end. */
static inline pl_term pl_mailbox_peek(const pl_mailbox *mb)
{
    return *mb->save ? (*mb->save)->term : PL_NONE;
}
/* Owner only: moves the save pointer past the current message. */
static inline void pl_mailbox_next(pl_mailbox *mb)
{
    mb->save = &(*mb->save)->next;
}
/* Owner only: removes the message at the save pointer and returns it (taken);
 * the save pointer goes back to the head for the next receive. */
pl_term pl_mailbox_take(pl_engine *e, pl_mailbox *mb);
/* Owner only: starts a receive from the oldest message, or from the marker when
 * [ref] is the marker's reference. */
void pl_mailbox_start(pl_mailbox *mb, pl_term ref);
/* Remembers the queue's end for a reference just made. */
static inline void pl_mailbox_mark(pl_mailbox *mb, pl_term ref)
{
    mb->mark = mb->tail;
    mb->mark_ref = ref;
}
static inline uint64_t pl_mailbox_len(const pl_mailbox *mb) { return mb->len; }
/* Removes the first message for which [match] says true (demonitor's :flush). */
bool pl_mailbox_remove_first(pl_engine *e, pl_mailbox *mb, bool (*match)(pl_term msg, void *ud),
                             void *ud);

#endif
