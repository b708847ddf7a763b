package id.bpjstk.desasadar.audit;

import id.bpjstk.desasadar.base.db.AuditedAs;
import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

/**
 * Records every insert, update and delete of an {@link AuditedAs} entity on {@code audit_change}, with the changed
 * fields before and after (decision 018).
 * <p>
 * Hibernate tells of a record's fields (post-insert/update/delete) and of its collections (a MoU's areas, a user's
 * scope) in separate events during a flush; they are gathered per session and record, and written just before the
 * transaction commits, on its connection: one row per record and transaction, and a change that is rolled back
 * leaves no row.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because Hibernate's seven event types of a flush
 * meet in one per-session record of pending changes; split, the listeners would share that state through a third
 * class and the order of their events would be harder to follow.
 */
@Component
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener, PreCollectionRemoveEventListener, PostCollectionRecreateEventListener {

    private final CurrentUser currentUser;
    private final ChangeTrail trail;
    /** The changes not yet written, per open session. */
    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Class<?>, Optional<AuditedAs>> audited = new ConcurrentHashMap<>();

    EntityChangeListener(EntityManagerFactory entityManagerFactory, CurrentUser currentUser, ChangeTrail trail) {
        this.currentUser = currentUser;
        this.trail = trail;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
    }

    /** The kinds of record on the trail, from the entities' {@link AuditedAs}. */
    static Set<String> kinds(EntityManagerFactory entityManagerFactory) {
        return entityManagerFactory.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType().getAnnotation(AuditedAs.class)).filter(Objects::nonNull).map(AuditedAs::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        AuditedAs as = auditedAs(event.getPersister());
        if (as == null || Unrecorded.active()) {
            return;
        }
        Object[] state = event.getState();
        var fields = new LinkedHashMap<String, FieldChange>();
        forEachProperty(event.getPersister(), as, (i, name) -> {
            String value = secret(as, name) ? hidden(state[i]) : render(state[i], event.getPersister().getPropertyTypes()[i], event.getSession());
            if (value != null) {
                fields.put(name, new FieldChange(name, null, value));
            }
        });
        pending(event.getSession()).inserted(as.value(), id(event.getId()), who(), fields);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        AuditedAs as = auditedAs(event.getPersister());
        if (as == null || Unrecorded.active()) {
            return;
        }
        EntityPersister persister = event.getPersister();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        Type[] types = persister.getPropertyTypes();
        var fields = new LinkedHashMap<String, FieldChange>();
        forEachProperty(persister, as, (i, name) -> {
            if (types[i].isCollectionType()) {
                return; // the collection events tell what changed in it
            }
            Object old = before == null ? null : before[i];
            if (before != null && types[i].isEqual(old, after[i])) {
                return;
            }
            fields.put(name, secret(as, name)
                    ? new FieldChange(name, hidden(old), FieldChange.HIDDEN)
                    : new FieldChange(name, render(old, types[i], event.getSession()), render(after[i], types[i], event.getSession())));
        });
        if (!fields.isEmpty()) {
            pending(event.getSession()).updated(as.value(), id(event.getId()), who(), fields);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        AuditedAs as = auditedAs(event.getPersister());
        if (as == null || Unrecorded.active()) {
            return;
        }
        Object[] state = event.getDeletedState();
        var fields = new LinkedHashMap<String, FieldChange>();
        if (state != null) {
            forEachProperty(event.getPersister(), as, (i, name) -> {
                String value = secret(as, name) ? hidden(state[i]) : render(state[i], event.getPersister().getPropertyTypes()[i], event.getSession());
                if (value != null) {
                    fields.put(name, new FieldChange(name, value, null));
                }
            });
        }
        pending(event.getSession()).deleted(as.value(), id(event.getId()), who(), fields);
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        collectionChanged(event, snapshot(event.getCollection()), contents(event.getCollection()));
    }

    /** A collection replaced by another (or its owner deleted): what it held before; the new one follows. */
    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        collectionChanged(event, snapshot(event.getCollection()), null);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event, null, contents(event.getCollection()));
    }

    private void collectionChanged(AbstractCollectionEvent event, String before, String after) {
        Object owner = event.getAffectedOwnerOrNull();
        Object ownerId = event.getAffectedOwnerIdOrNull();
        if (owner == null || ownerId == null || Unrecorded.active()) {
            return;
        }
        AuditedAs as = auditedAs(HibernateProxy.extractLazyInitializer(owner) != null
                ? HibernateProxy.extractLazyInitializer(owner).getPersistentClass() : owner.getClass());
        if (as == null) {
            return;
        }
        String role = event.getCollection().getRole();
        String name = role == null ? "?" : role.substring(role.lastIndexOf('.') + 1);
        if (ignored(as, name)) {
            return;
        }
        var fields = new LinkedHashMap<String, FieldChange>();
        fields.put(name, new FieldChange(name, before, after));
        pending(event.getSession()).collectionChanged(as.value(), id(ownerId), who(), fields, before != null);
    }

    private AuditedAs auditedAs(EntityPersister persister) {
        return auditedAs(persister.getMappedClass());
    }

    private AuditedAs auditedAs(Class<?> type) {
        return audited.computeIfAbsent(type, t -> Optional.ofNullable(t.getAnnotation(AuditedAs.class))).orElse(null);
    }

    private interface PropertyAction {
        void accept(int index, String name);
    }

    private static void forEachProperty(EntityPersister persister, AuditedAs as, PropertyAction action) {
        String[] names = persister.getPropertyNames();
        int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        for (int i = 0; i < names.length; i++) {
            if (i != version && !ignored(as, names[i])) {
                action.accept(i, names[i]);
            }
        }
    }

    private static boolean ignored(AuditedAs as, String name) {
        return List.of(as.ignore()).contains(name);
    }

    private static boolean secret(AuditedAs as, String name) {
        return List.of(as.secret()).contains(name);
    }

    private static String hidden(Object value) {
        return value == null ? null : FieldChange.HIDDEN;
    }

    private String who() {
        return currentUser.get().map(UserPrincipal::username).orElse(ChangeTrail.SYSTEM);
    }

    private static String id(Object id) {
        return String.valueOf(id);
    }

    /** A value as text: an entity by its id, a collection sorted, a number without trailing zeros. */
    private static String render(Object value, Type type, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (type.isEntityType()) {
            var lazy = HibernateProxy.extractLazyInitializer(value);
            Object id = lazy != null ? lazy.getInternalIdentifier() : session.getContextEntityIdentifier(value);
            return id == null ? null : String.valueOf(id);
        }
        if (value instanceof Collection<?> c) {
            return join(c);
        }
        return text(value);
    }

    private static String text(Object value) {
        return switch (value) {
            case Enum<?> e -> e.name();
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case byte[] b -> "[" + b.length + " bytes]";
            default -> value.toString();
        };
    }

    private static String join(Collection<?> values) {
        return values.stream().map(v -> v == null ? "" : text(v)).sorted().collect(Collectors.joining(", "));
    }

    private static String contents(PersistentCollection<?> collection) {
        return collection instanceof Collection<?> c ? join(c) : collection == null ? null : String.valueOf(collection.getValue());
    }

    /** What the collection held when it was read (Hibernate keeps a set's snapshot as a map of element to element). */
    private static String snapshot(PersistentCollection<?> collection) {
        Object snapshot = collection == null ? null : collection.getStoredSnapshot();
        return switch (snapshot) {
            case null -> null;
            case Map<?, ?> m -> join(collection instanceof Set<?> ? m.keySet() : m.entrySet());
            case Collection<?> c -> join(c);
            default -> String.valueOf(snapshot);
        };
    }

    private Pending pending(SharedSessionContractImplementor session) {
        return pending.computeIfAbsent(session.getSessionIdentifier(), id -> {
            var p = new Pending(id);
            session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) p);
            session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) p);
            return p;
        });
    }

    /** Draft rows of one session's transaction, one per record, merged as the events come. */
    private final class Pending implements BeforeCompletionCallback, AfterCompletionCallback {

        private final UUID session;
        private final Map<String, Draft> drafts = new LinkedHashMap<>();

        Pending(UUID session) {
            this.session = session;
        }

        void inserted(String kind, String id, String who, Map<String, FieldChange> fields) {
            drafts.put(kind + "#" + id, new Draft(kind, id, ChangeTrail.Operation.INSERT, who, fields));
        }

        void updated(String kind, String id, String who, Map<String, FieldChange> fields) {
            Draft d = drafts.computeIfAbsent(kind + "#" + id, k -> new Draft(kind, id, ChangeTrail.Operation.UPDATE, who, new LinkedHashMap<>()));
            for (FieldChange f : fields.values()) {
                d.merge(f, true);
            }
        }

        /** {@code knowsBefore}: the event saw the old contents (an update or a removal), not only the new ones. */
        void collectionChanged(String kind, String id, String who, Map<String, FieldChange> fields, boolean knowsBefore) {
            Draft d = drafts.computeIfAbsent(kind + "#" + id, k -> new Draft(kind, id, ChangeTrail.Operation.UPDATE, who, new LinkedHashMap<>()));
            for (FieldChange f : fields.values()) {
                d.merge(f, knowsBefore);
            }
        }

        void deleted(String kind, String id, String who, Map<String, FieldChange> fields) {
            Draft earlier = drafts.remove(kind + "#" + id);
            if (earlier != null && earlier.operation == ChangeTrail.Operation.INSERT) {
                return; // made and removed in one transaction: it never existed for anyone else
            }
            var merged = new LinkedHashMap<>(fields);
            if (earlier != null) { // the values as they were before this transaction touched them
                earlier.fields.forEach((name, f) -> merged.put(name, new FieldChange(name, f.before(), null)));
            }
            drafts.put(kind + "#" + id, new Draft(kind, id, ChangeTrail.Operation.DELETE, who, merged));
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor s) {
            pending.remove(session);
            List<ChangeTrail.Change> rows = new ArrayList<>();
            for (Draft d : drafts.values()) {
                List<FieldChange> fields = d.fields.values().stream().filter(f -> worthKeeping(d.operation, f)).toList();
                if (!fields.isEmpty() || d.operation != ChangeTrail.Operation.UPDATE) {
                    rows.add(new ChangeTrail.Change(d.kind, d.id, d.operation, d.who, fields));
                }
            }
            if (!rows.isEmpty()) {
                s.doWork(connection -> trail.write(connection, rows));
            }
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor s) {
            pending.remove(session); // rolled back: nothing is written
        }
    }

    /** A new record lists its filled fields, a deleted one what it held, an update only what differs. */
    private static boolean worthKeeping(ChangeTrail.Operation operation, FieldChange f) {
        return switch (operation) {
            case INSERT -> blankToNull(f.after()) != null;
            case DELETE -> blankToNull(f.before()) != null;
            default -> !Objects.equals(blankToNull(f.before()), blankToNull(f.after())) || FieldChange.HIDDEN.equals(f.after());
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static final class Draft {
        final String kind;
        final String id;
        final ChangeTrail.Operation operation;
        final String who;
        final Map<String, FieldChange> fields;

        Draft(String kind, String id, ChangeTrail.Operation operation, String who, Map<String, FieldChange> fields) {
            this.kind = kind;
            this.id = id;
            this.operation = operation;
            this.who = who;
            this.fields = new LinkedHashMap<>(fields);
        }

        /** A later change of a field keeps the first value before and takes the latest after. */
        void merge(FieldChange f, boolean knowsBefore) {
            FieldChange earlier = fields.get(f.field());
            if (operation == ChangeTrail.Operation.INSERT) {
                fields.put(f.field(), new FieldChange(f.field(), null, f.after()));
            } else if (earlier != null) {
                fields.put(f.field(), new FieldChange(f.field(), earlier.before(), f.after()));
            } else {
                fields.put(f.field(), new FieldChange(f.field(), knowsBefore ? f.before() : null, f.after()));
            }
        }
    }
}
