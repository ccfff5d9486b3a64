/* Message queues: a singly linked list with a tail pointer (O(1) append), a save
 * pointer for selective receive and a marker for reference-tagged replies. */
#include "engine.h"
#include "mailbox.h"

void pl_mailbox_init(pl_mailbox *mb)
{
    mb->head = NULL;
    mb->tail = &mb->head;
    mb->save = &mb->head;
    mb->len = 0;
    mb->mark = NULL;
    mb->mark_ref = PL_NONE;
}

void pl_mailbox_clear(pl_engine *e, pl_mailbox *mb)
{
    pl_msg *m = mb->head;
    while (m) {
        pl_msg *next = m->next;
        pl_release(e, m->term);
        pl_alloc_put(&e->alloc, m, sizeof *m);
        m = next;
    }
    pl_mailbox_init(mb);
}

bool pl_mailbox_push(pl_engine *e, pl_mailbox *mb, pl_term msg)
{
    pl_msg *m = pl_alloc_get(&e->alloc, sizeof *m);
    if (!m) {
        pl_release(e, msg);
        return false;
    }
    m->term = msg;
    m->next = NULL;
    *mb->tail = m;
    mb->tail = &m->next;
    mb->len++;
    return true;
}

pl_term pl_mailbox_take(pl_engine *e, pl_mailbox *mb)
{
    pl_msg *m = *mb->save;
    pl_term t = m->term;
    *mb->save = m->next;
    if (mb->tail == &m->next) {
        mb->tail = mb->save;
    }
    if (mb->mark == &m->next) {
        mb->mark = mb->save; /* the marker pointed just past this message */
    }
    pl_alloc_put(&e->alloc, m, sizeof *m);
    mb->len--;
    mb->save = &mb->head;
    return t;
}

void pl_mailbox_start(pl_mailbox *mb, pl_term ref)
{
    if (ref != PL_NONE && ref == mb->mark_ref && mb->mark) {
        mb->save = mb->mark;
    } else {
        mb->save = &mb->head;
    }
}

bool pl_mailbox_remove_first(pl_engine *e, pl_mailbox *mb, bool (*match)(pl_term msg, void *ud),
                             void *ud)
{
    pl_msg **save = mb->save;
    for (pl_msg **at = &mb->head; *at; at = &(*at)->next) {
        if (match((*at)->term, ud)) {
            bool at_save = save == &(*at)->next;
            mb->save = at;
            pl_release(e, pl_mailbox_take(e, mb));
            mb->save = at_save ? at : save;
            return true;
        }
    }
    return false;
}
