{{- define "remacto-service.probe" -}}
httpGet:
  path: {{ .probe.path }}
  port: http
periodSeconds: {{ .probe.periodSeconds }}
timeoutSeconds: {{ .probe.timeoutSeconds }}
failureThreshold: {{ .probe.failureThreshold }}
{{- end -}}

{{- define "remacto-service.deployment" -}}
{{- $fullname := include "remacto-service.fullname" . -}}
{{- $global := .Values.global | default dict -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "remacto-service.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "remacto-service.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "remacto-service.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        # The ConfigMap is read at start-up only: a change must roll the pods.
        checksum/config: {{ include "remacto-service.configmap" . | sha256sum }}
        {{- if .Values.metrics.enabled }}
        prometheus.io/scrape: "true"
        prometheus.io/path: {{ .Values.metrics.path | quote }}
        prometheus.io/port: {{ .Values.port | quote }}
        {{- end }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      # The services call no Kubernetes API.
      automountServiceAccountToken: false
      # Service links would inject variables such as REMACTO_IDENTITY_PORT=tcp://..., which Spring's
      # relaxed binding reads as remacto.identity.port.
      enableServiceLinks: false
      {{- with $global.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      containers:
        - name: {{ include "remacto-service.name" . }}
          image: {{ include "remacto-service.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy | default $global.imagePullPolicy | default "IfNotPresent" }}
          ports:
            - name: http
              containerPort: {{ .Values.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $fullname }}
          {{- if or .Values.mongodb.enabled .Values.secretEnv }}
          env:
            {{- if .Values.mongodb.enabled }}
            - name: MONGODB_URI
              {{- if .Values.mongodb.uri }}
              value: {{ .Values.mongodb.uri | quote }}
              {{- else }}
              valueFrom:
                secretKeyRef:
                  name: {{ include "remacto-service.mongodbSecretName" . }}
                  key: {{ include "remacto-service.mongodbSecretKey" . }}
              {{- end }}
            {{- end }}
            {{- range $name, $ref := .Values.secretEnv }}
            - name: {{ $name }}
              valueFrom:
                secretKeyRef:
                  name: {{ required (printf "secretEnv.%s.name is required" $name) $ref.name }}
                  key: {{ required (printf "secretEnv.%s.key is required" $name) $ref.key }}
            {{- end }}
          {{- end }}
          startupProbe:
            {{- include "remacto-service.probe" (dict "probe" .Values.probes.startup) | nindent 12 }}
          readinessProbe:
            {{- include "remacto-service.probe" (dict "probe" .Values.probes.readiness) | nindent 12 }}
          livenessProbe:
            {{- include "remacto-service.probe" (dict "probe" .Values.probes.liveness) | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
            runAsGroup: 1000
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if .Values.secretFiles }}
            - name: secret-files
              mountPath: {{ .Values.secretFilesDir }}
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpSizeLimit }}
        {{- if .Values.secretFiles }}
        - name: secret-files
          projected:
            defaultMode: 288 # 0440: readable by the pod's group (fsGroup) only
            sources:
              {{- range $name, $file := .Values.secretFiles }}
              - secret:
                  name: {{ required (printf "secretFiles.%s.secretName is required" $name) $file.secretName | quote }}
                  items:
                    - key: {{ required (printf "secretFiles.%s.key is required" $name) $file.key | quote }}
                      path: {{ required (printf "secretFiles.%s.file is required" $name) $file.file | quote }}
              {{- end }}
        {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- tpl (toYaml .) $ | nindent 8 }}
      {{- end }}
{{- end -}}
