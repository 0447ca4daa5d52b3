package org.problemsolvinghub.system;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the hub's API as RFC 9457 problem details. Input errors carry an {@code errors}
 * list naming each field at fault, so a client can put the message beside the field.
 */
@RestControllerAdvice(basePackages = "org.problemsolvinghub")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    record FieldError(String field, String message) {
    }

    private static ProblemDetail badRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(describe(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "is not readable JSON";
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            message = "is not a field of this request";
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = "has the wrong type or an unknown value";
        }
        List<FieldError> errors = List.of(new FieldError(field, message));
        return ResponseEntity.badRequest().body(badRequest(describe(errors), errors));
    }

    /** {@code /api/rotations/scheme?from=...} without {@code to}: the parameter is the field at fault. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = List.of(new FieldError(ex.getParameterName(), "is required"));
        return ResponseEntity.badRequest().body(badRequest(describe(errors), errors));
    }

    /** A parameter of the wrong type ({@code ?page=abc}) as Spring reports it outside a handler argument. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        List<FieldError> errors = List.of(new FieldError(field, "has the wrong type or an unknown value"));
        return ResponseEntity.badRequest().body(badRequest(describe(errors), errors));
    }

    /** Constraints on a handler's parameters ({@code @Min(1) int limit}), checked by Spring MVC itself. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName() == null ? "parameter"
                                : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage())))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        if (errors.isEmpty()) {
            errors = List.of(new FieldError("parameter", "is not valid"));
        }
        return ResponseEntity.badRequest().body(badRequest(describe(errors), errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        List<FieldError> errors = ex.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        return badRequest(describe(errors), errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return badRequest(describe(errors), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        List<FieldError> errors = List.of(new FieldError(ex.getName(), "has the wrong type or an unknown value"));
        return badRequest(describe(errors), errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleUpdate(ObjectOptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record since you read it: read it again and repeat your change.");
        problem.setTitle("Stale update");
        return problem;
    }

    /**
     * The engine's state of the plan changed under this request (a timer fired, a form was completed at the
     * same moment), or the database picked it as a deadlock's victim: a race lost, not a fault. Answered as
     * a stale update, never a 500.
     */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ProblemDetail concurrentChange(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record at the same moment: read it again and repeat your change.");
        problem.setTitle("Stale update");
        return problem;
    }

    /** Let Spring Security answer 403 as it does for the rest of the hub. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role does not allow this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ProblemDetail engineAccessDenied(org.camunda.bpm.engine.AuthorizationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("API request failed", ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
