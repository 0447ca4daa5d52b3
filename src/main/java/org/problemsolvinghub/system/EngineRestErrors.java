package org.problemsolvinghub.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API answers 500 when two people complete or claim the same task at once, when
 * a task was completed a moment ago (a double click in Tasklist), and when a delegate refuses a process
 * start's input. Those are the client's race, not a
 * server fault: this says 409 (someone else got there first) or 404 (the task is gone), with the
 * engine's own message, and 503 when no database connection came free in time ({@link DatabaseBusy});
 * everything else is answered as Camunda answers it.
 */
@Configuration
class EngineRestErrors {

    @Bean
    ResourceConfigCustomizer engineRestRaces() {
        return config -> {
            config.register(EngineRaces.class);
            config.register(RestRaces.class);
            config.register(HubTableRaces.class);
            // NoConnection: in every Jersey application, this one included (NoConnectionEverywhere).
        };
    }

    /**
     * The hub's own tables lost the race: a plan's version moved on under a delegate, or the database
     * chose this request as a deadlock's victim (Spring's pessimistic-locking failures).
     */
    @Priority(Priorities.USER - 100)
    public static class HubTableRaces implements ExceptionMapper<ConcurrencyFailureException> {

        @Override
        public Response toResponse(ConcurrencyFailureException exception) {
            return answer(exception);
        }
    }

    /**
     * No database connection came free in time to begin the engine's transaction (Spring's
     * {@code CannotCreateTransactionException}): 503, as {@link DatabaseBusy} answers everywhere else.
     */
    @Priority(Priorities.USER - 100)
    public static class NoConnection implements ExceptionMapper<TransactionException> {

        @Override
        public Response toResponse(TransactionException exception) {
            return DatabaseBusy.noConnection(exception) ? busy()
                    : ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /** Thrown straight from the engine. */
    @Priority(Priorities.USER - 100)
    public static class EngineRaces implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /** Wrapped by the REST API's task resource, which would answer 500. */
    @Priority(Priorities.USER - 100)
    public static class RestRaces implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    static Response answer(RuntimeException exception) {
        if (DatabaseBusy.noConnection(exception)) {
            return busy();
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            // A completion that lost the race may also find its process instance's executions gone.
            boolean instanceGone = t instanceof NullValueException && t.getMessage() != null
                    && t.getMessage().contains("Cannot restore state of process instance");
            if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
                    || t instanceof ConcurrencyFailureException || instanceGone || lostToAnotherTransaction(t)) {
                return answer(Response.Status.CONFLICT, "Someone else changed this task or its plan at the same moment: "
                        + "reload it to see where it stands.");
            }
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            // A rule a delegate checked (a ward outside the area...): the client's input, whichever endpoint
            // it came through (Camunda answers 400 for it on submit-form but 500 on /start).
            if (t instanceof FormFieldValidationException) {
                return answer(Response.Status.BAD_REQUEST, t.getMessage(), "InvalidRequestException");
            }
        }
        Throwable cause = exception.getCause() instanceof ProcessEngineException inner ? inner : exception;
        if (cause instanceof NullValueException && cause.getMessage() != null
                && cause.getMessage().contains("Cannot find task")) {
            return answer(Response.Status.NOT_FOUND, "This task is no longer open: it was completed or removed. ("
                    + cause.getMessage() + ")");
        }
        if (cause instanceof AuthorizationException denied && aboutATaskNowGone(denied)) {
            return answer(Response.Status.NOT_FOUND, "This task is no longer open: it was completed or removed.");
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /**
     * A claim that read the task just before someone else's completion committed, then checked the user's grants
     * just after: the completion had deleted the task's grants with it, so the engine says "not authorized". The
     * truth is that the task is gone, as a claim a moment later would be told (404); a task that still exists
     * keeps its 403.
     */
    static boolean aboutATaskNowGone(AuthorizationException denied) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (engine == null) {
            return false;
        }
        for (MissingAuthorization missing : denied.getMissingAuthorizations()) {
            String taskId = missing.getResourceId();
            if (Resources.TASK.resourceName().equals(missing.getResourceType()) && taskId != null && !taskId.equals("*")) {
                // Looked up as the engine itself: the user's grants on the task are what went missing.
                Object task = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getCommandExecutorTxRequired().execute(context -> context.getTaskManager().findTaskById(taskId));
                if (task == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * PostgreSQL broke a deadlock (40P01) or a serialization conflict (40001) by failing this request: the
     * other one went through, so this one is the loser of a race, whichever layer's exception carries it.
     */
    static boolean lostToAnotherTransaction(Throwable t) {
        return t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    static Response busy() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", DatabaseBusy.RETRY_AFTER_SECONDS)
                .entity(java.util.Map.of("type", "ServiceUnavailable", "message", DatabaseBusy.DETAIL))
                .build();
    }

    private static Response answer(Response.Status status, String message) {
        return answer(status, message, status == Response.Status.CONFLICT ? "Conflict" : "NotFound");
    }

    private static Response answer(Response.Status status, String message, String type) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(java.util.Map.of("type", type, "message", message))
                .build();
    }
}
